/**
 * The scanner's work loop: turns queued jobs into small steps of reading (a prefilter for the terms'
 * anchors, the text around each hit, a walk of all text, a look for shadow roots), then checks the
 * mentions found for visibility. Each step is short, so the page keeps its main thread (core/scheduler.ts).
 */
import { AnchorScan, HitLocator, type PendingHit } from './anchor-scan';
import {
  composedContains,
  EDITORS_BY_ATTRIBUTE,
  markTextareaDrivenSurface,
  skippedRegion,
} from './dom-rules';
import type { FoundMentions } from './found-mentions';
import { placeMentions } from './locate-mentions';
import type { Matcher } from './matcher';
import { isTextareaDrivingText, parentElementOf, type RenderState } from './render-state';
import type { RenderChecks } from './render-checks';
import type { ScanQueue, ScanQueueJob } from './scan-queue';
import { shadowHostCandidates, type HostCursor } from './shadow-hosts';
import { readTextAround } from './text-around';
import { containingBlock, TextSegmenter } from './text-segmenter';
import type { WatchedRoots } from './watched-roots';

type Work =
  | { kind: 'prefilter'; root: Node; scan: AnchorScan }
  | {
      kind: 'targets';
      root: Node;
      hits: PendingHit[];
      index: number;
      locator: HitLocator;
      covered: Set<Text>;
      /** the length of the root's text */
      chars: number;
    }
  | { kind: 'shadows'; hosts: HostCursor }
  /** `root`: a whole root, whose shadow roots are looked for afterwards (inside skipped regions too, as the sparse path does) */
  | { kind: 'walk'; segmenter: TextSegmenter; root?: Node }
  | { kind: 'flush'; checked: RenderState[]; index: number };

const PREFILTER_STEP_MS = 4;
/** text read on each side of a block that may hold a mention: more than the matcher's 400-character context window */
const CONTEXT_MARGIN = 600;
const ELEMENTS_PER_STEP = 4000;
const VISIBILITY_CHECKS_PER_STEP = 2000;
const VISIBILITY_STEP_MS = 4;
const NODES_PER_STEP = 400;

/** `options`: the scanner's options, whose matcher can change (setMatcher). */
export function createScanWork(
  options: { matcher: Matcher },
  queue: ScanQueue,
  roots: WatchedRoots,
  found: FoundMentions,
  visibility: RenderChecks,
) {
  const onShadowRoot = roots.onShadowRoot;
  let current: Work | null = null;
  let blockCache = new Map<Node, Node>();

  /** One small unit of work; false when nothing is left. */
  function step(): boolean {
    const work = current;
    if (work === null) {
      const job = queue.next();
      if (job) {
        current = openJob(job);
        return true;
      }
      if (found.candidates.length > 0) {
        current = { kind: 'flush', checked: [], index: 0 };
        return true;
      }
      return false;
    }
    switch (work.kind) {
      case 'prefilter':
        prefilterStep(work);
        return true;
      case 'targets':
        targetStep(work);
        return true;
      case 'shadows': {
        for (let i = 0; i < ELEMENTS_PER_STEP; i++) {
          const element = work.hosts.next();
          if (element === null) {
            current = null;
            break;
          }
          const shadow = element.shadowRoot;
          if (shadow) onShadowRoot(shadow);
          else roots.noteShadowless(element);
        }
        return true;
      }
      case 'walk': {
        const segment = work.segmenter.next(NODES_PER_STEP);
        if (segment === 'paused') return true;
        if (segment === null) {
          current = work.root ? shadowsWork(work.root) : null;
          return true;
        }
        const mentions = options.matcher.findMentions(segment.text, {
          topicEstablished: found.topicEstablished,
        });
        if (mentions.length > 0)
          for (const placed of placeMentions(segment, mentions))
            if (!work.root || work.root.contains(placed.block)) found.accept(placed);
        return true;
      }
      case 'flush':
        flushStep(work);
        return true;
    }
  }

  function openJob(job: ScanQueueJob): Work | null {
    if (job.kind === 'own-text') {
      if (!job.block.isConnected) return null;
      found.removeWhere((m) => m.block === job.block);
      // Queued before the block's region became an editor (in the same batch, say): not read any more.
      if (skippedRegion(job.block) !== null) return null;
      return {
        kind: 'walk',
        segmenter: new TextSegmenter(job.block, { ownTextOnly: true, onShadowRoot: onShadowRoot }),
      };
    }
    if (!job.root.isConnected) return null;
    if (job.kind === 'tree' && skippedRegion(job.root) !== null) {
      // Inside an editor (or other skipped region) since it was queued: only its shadow roots are read.
      const root = job.root;
      if (job.replace) found.removeWhere((m) => root.contains(m.startNode));
      return openJob({ kind: 'sweep', root, added: job.replace });
    }
    if (job.kind === 'sweep') {
      if (job.root.nodeType === 1) roots.checkShadowRoots(job.root as Element);
      if (job.added) roots.rereadShadowRootsUnder(job.root);
      return shadowsWork(job.root);
    }
    if (job.replace) {
      const root = job.root;
      found.removeWhere((m) => composedContains(root, m.startNode));
      roots.rereadShadowRootsUnder(root);
    }
    // The walks below look at the root's descendants for shadow roots, not at the root itself.
    const ownShadow = (job.root as Partial<Element>).shadowRoot;
    if (ownShadow) onShadowRoot(ownShadow);
    else if (job.root.nodeType === 1) roots.noteShadowless(job.root as Element);
    const anchors = options.matcher.anchors;
    if (!anchors) return walkWork(job.root);
    const root = job.root;
    return {
      kind: 'prefilter',
      root,
      scan: new AnchorScan(
        root,
        anchors,
        (parent) => queue.enqueue({ kind: 'tree', root: parent, replace: false }),
        root.nodeType === 9 ? htmlBytesOf(root as Document) : 0,
      ),
    };
  }

  /**
   * Looks for the terms' anchors (AnchorScan). None: no mention in this root, and only its shadow roots
   * are left to find. Some: the 'targets' work scans only the text around each, so the cost follows the
   * mentions, not the page. Many: one walk of the whole root.
   */
  function prefilterStep(work: Extract<Work, { kind: 'prefilter' }>): void {
    const state = work.scan.step(PREFILTER_STEP_MS);
    if (state === 'more') return;
    if (state === 'walk-all') current = walkWork(work.root);
    else if (work.scan.hits.length > 0) {
      noteTextareaSurfaces(work.root);
      current = {
        kind: 'targets',
        root: work.root,
        hits: work.scan.hits,
        index: 0,
        locator: new HitLocator(),
        covered: new Set(),
        chars: work.scan.charsRead,
      };
    } else current = shadowsWork(work.root, work.scan.charsRead);
  }

  /**
   * One walk of all of `root`'s text. Editors typed into through a hidden textarea are told first, so
   * that the walk skips them: a root with nothing to read (no anchor in its text) is spared that look.
   */
  function walkWork(root: Node): Work {
    noteTextareaSurfaces(root);
    return { kind: 'walk', segmenter: new TextSegmenter(root, { onShadowRoot }), root };
  }

  /** Looks at the elements under `root` that may hold an open shadow root (core/shadow-hosts.ts). */
  function shadowsWork(root: Node, textLength?: number): Work | null {
    const hosts = shadowHostCandidates(root, textLength);
    return hosts ? { kind: 'shadows', hosts } : null;
  }

  /** Finds the text node of the next hit (a bounded piece of walking per step) and scans around it. */
  function targetStep(work: Extract<Work, { kind: 'targets' }>): void {
    const hit = work.locator.locate(work.hits[work.index]!, NODES_PER_STEP * 4);
    if (hit === 'paused') return;
    work.index++;
    if (hit !== null && !work.covered.has(hit) && hit.isConnected && skippedRegion(hit) === null)
      scanAround(work, hit);
    if (work.index >= work.hits.length) current = shadowsWork(work.root, work.chars);
  }

  /**
   * Matches the run of text that holds `hit` (its block's consecutive text, where a mention must lie).
   * Only when an ambiguous term there lacks context is it matched again with CONTEXT_MARGIN characters
   * of the neighbouring blocks on each side, as a scan of the whole page would see it.
   */
  function scanAround(work: Extract<Work, { kind: 'targets' }>, hit: Text): void {
    // An inline root (a span added to a paragraph) holds only part of its block's run of text: that run
    // is read by the block's own-text job, as a full scan reads it, never cut at the root's edges.
    if (!work.root.contains(containingBlock(hit.parentNode!, blockCache))) return;
    const { matcher } = options;
    const topicEstablished = found.topicEstablished;
    const read = (margin: number) =>
      readTextAround(work.root, hit, {
        margin,
        blocks: blockCache,
        editables: EDITORS_BY_ATTRIBUTE,
        onShadowRoot: onShadowRoot,
      });
    let around = read(0);
    if (around === null) return;
    let mentions = matcher.findMentions(around.segment.text, { topicEstablished });
    if (
      !topicEstablished &&
      matcher.findMentions(around.segment.text, { topicEstablished: true }).length > mentions.length
    ) {
      around = read(CONTEXT_MARGIN) ?? around;
      mentions = matcher.findMentions(around.segment.text, { topicEstablished });
    }
    const { segment, coreStart, coreEnd, coreNodes } = around;
    for (const node of coreNodes) work.covered.add(node);
    const inCore = mentions.filter((m) => m.start >= coreStart && m.end <= coreEnd);
    for (const placed of placeMentions(segment, inCore)) found.accept(placed);
  }

  /**
   * Turns candidates into mentions: first every visibility check (one style computation), then the
   * highlights, so that adding ranges does not make the browser recompute styles between checks.
   */
  function flushStep(work: Extract<Work, { kind: 'flush' }>): void {
    const candidates = found.candidates;
    if (work.index < candidates.length) {
      // Some checks force style work (content-visibility regions): stop the step after a few ms.
      const end = Math.min(candidates.length, work.index + VISIBILITY_CHECKS_PER_STEP);
      const deadline = performance.now() + VISIBILITY_STEP_MS;
      let i = work.index;
      while (i < end) {
        work.checked.push(visibility.stateOf(parentElementOf(candidates[i]!.startNode)));
        i++;
        if ((i & 7) === 0 && performance.now() > deadline) break;
      }
      work.index = i;
      return;
    }
    found.settleCandidates(work.checked);
    current = null;
  }

  return {
    step,
    /** A pass ended: the blocks seen may change before the next. */
    endPass(): void {
      blockCache = new Map();
    },
    clear(): void {
      current = null;
    },
  };
}

/** The work loop of one scanner. */
export type ScanWork = ReturnType<typeof createScanWork>;

/** The size of a document's HTML as loaded (0 when the browser does not tell, or for a frame written by script). */
function htmlBytesOf(doc: Document): number {
  const entry = doc.defaultView?.performance?.getEntriesByType?.('navigation')[0] as
    { decodedBodySize?: number } | undefined;
  return entry?.decodedBodySize ?? 0;
}

/** Textareas that drive an editor drawing its own text (Ace, Monaco): their surfaces are skipped. */
function noteTextareaSurfaces(root: Node): void {
  const textareas = (root as ParentNode).querySelectorAll?.('textarea');
  if (!textareas) return;
  for (const textarea of Array.from(textareas)) {
    if (isTextareaDrivingText(textarea)) markTextareaDrivenSurface(textarea);
  }
}
