import { AnchorScan, HitLocator, type PendingHit } from './anchor-scan';
import {
  EDITORS_BY_ATTRIBUTE,
  isBlockElement,
  isInsideSkipped,
  isSkippedElement,
  markTextareaDrivenSurface,
  OWN_UI_TAG,
} from './dom-rules';
import type { MentionHighlights } from './highlights';
import type { Matcher } from './matcher';
import { placeMentions, type PlacedMention } from './locate-mentions';
import { SlicedRunner, type YieldToPage } from './scheduler';
import { shadowHostCandidates, type HostCursor } from './shadow-hosts';
import { containingBlock, TextSegmenter } from './text-segmenter';
import { readTextAround } from './text-around';
import {
  isRenderedNow,
  isTextareaDrivingText,
  newRenderStateCache,
  renderStateOf,
  type RenderState,
} from './render-state';
import { comparePoints, MentionStore } from './mention-store';
import {
  EDITING_ATTRIBUTES,
  jobsFromMutations,
  VISIBILITY_ATTRIBUTES,
  type MutationRules,
  type ScanJob,
} from './mutation-jobs';

export interface FoundMention extends PlacedMention {
  id: number;
  range: Range;
  highlighted: boolean;
}

export interface PageScannerOptions {
  matcher: Matcher;
  highlights: MentionHighlights;
  /** at most this many mentions are highlighted; the count goes on past it */
  maxHighlighted: number;
  /** which mentions get a highlight: all (up to the cap), the first of each block, or the first of all */
  highlightScope?: HighlightScope;
  yieldToPage: YieldToPage;
  /** longest slice of work before giving the page its main thread back */
  budgetMs?: number;
  /** whether text in this element is rendered (not display:none, not hidden); default: renderStateOf */
  isRendered?: (element: Element) => boolean;
  /** after each burst of work, with the current mentions */
  onChange?: (scanner: PageScanner) => void;
  /** for each open shadow root found (to style highlights inside it) */
  onShadowRoot?: (root: ShadowRoot) => void;
  /** mentions the reader hid ("Not about CCSVI?"), by their text: kept aside like those not shown */
  hides?: (text: string) => boolean;
  /**
   * Waited for before work that page changes caused: the browser renders the new content first, so
   * the scanner's visibility checks find styles computed instead of forcing them (default: no wait).
   */
  afterRender?: () => Promise<void>;
  /** a mutation batch that leaves more read jobs than this (after folding) is handled as a full rescan */
  hugeMutationCount?: number;
  /** how long to wait after a resize before hidden mentions are looked at again (ms) */
  resizeDelayMs?: number;
  /** how often elements not defined yet (custom elements) are looked at for a shadow root (ms) */
  undefinedPollMs?: number;
}

export type HighlightScope = 'all' | 'first-per-paragraph' | 'first-on-page';

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

type Job =
  | { kind: 'tree'; root: Node; replace: boolean }
  | { kind: 'own-text'; block: Node }
  /** `added`: a subtree just added to the page, whose known shadow roots are read again as well */
  | { kind: 'sweep'; root: Node; added?: boolean };

const NODES_PER_STEP = 400;
const OBSERVE: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: [...VISIBILITY_ATTRIBUTES, ...EDITING_ATTRIBUTES],
};
/** Interactions (a click that attaches a shadow root, say) lead to a sweep for new shadow roots at most this often. */
const SWEEP_INTERVAL_MS = 1000;
const UNDEFINED_SELECTOR = ':not(:defined)';
/**
 * Work caused by page changes that follows other such work this closely waits this long instead of one
 * frame, twice as long each time the page goes on changing, up to MAX_CHURN_DELAY_MS.
 */
const CHURN_WINDOW_MS = 200;
const MAX_CHURN_DELAY_MS = 1000;

/** The size of a document's HTML as loaded (0 when the browser does not tell, or for a frame written by script). */
function htmlBytesOf(doc: Document): number {
  const entry = doc.defaultView?.performance?.getEntriesByType?.('navigation')[0] as
    { decodedBodySize?: number } | undefined;
  return entry?.decodedBodySize ?? 0;
}

/** The outermost skipped region (editor, script, field, our card) holding `node`, or null. */
function skippedRegion(node: Node): Node | null {
  let region: Node | null = null;
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (isSkippedElement(el)) region = el;
  }
  return region;
}

const MUTATION_RULES: MutationRules = {
  skippedRegion,
  isBlock: isBlockElement,
  containingBlock: (node) => containingBlock(node),
};

/** Whether `node` is inside `root`, or inside a shadow tree whose host (or its host…) is. */
function composedContains(root: Node, node: Node): boolean {
  for (let n: Node | null = node; n !== null; n = (n.getRootNode() as Partial<ShadowRoot>).host ?? null) {
    if (root.contains(n)) return true;
  }
  return false;
}

/**
 * Whether a tree read of `root` reads the text of `block` whole. An inline root (a span added to a
 * paragraph) holds only part of its block's run of text: that run is read by the block's own-text job,
 * as a full scan reads it, never cut at the inline element's edges.
 */
function holdsBlock(root: Node, block: Node): boolean {
  return block === root || root.contains(block);
}

/** Equal but for white space (a <br> inside a mention reads as a line break in the scanner's text only). */
function sameLetters(a: string, b: string): boolean {
  return a === b || a.replace(/\s+/g, '') === b.replace(/\s+/g, '');
}

/** The element whose rendering decides whether a text node shows: its parent, or the shadow host. */
function renderingElement(node: Text): Element | null {
  const parent = node.parentNode;
  if (!parent) return null;
  if (parent.nodeType === 1) return parent as Element;
  return (parent as Partial<ShadowRoot>).host ?? null;
}

/**
 * Finds and highlights the mentions in one document (one frame) and its open shadow roots, and keeps
 * them right as the page changes. The page's DOM is only read, never written.
 */
export class PageScanner {
  private readonly jobs: Job[] = [];
  private readonly pendingBlocks = new Set<Node>();
  private readonly byStartNode = new Map<Text, FoundMention[]>();
  /** the mentions, in document order */
  private readonly store = new MentionStore<FoundMention>();
  /** mentions whose text is not rendered now; looked at again when styles change */
  private hidden: PlacedMention[] = [];
  private readonly observedRoots = new Set<Node>();
  private readonly observer: MutationObserver | null;
  private readonly runner: SlicedRunner;
  private readonly controller = new AbortController();
  private work: Work | null = null;
  /** mentions found but not yet checked for visibility and highlighted */
  private candidates: PlacedMention[] = [];
  private readonly pendingStarts = new Map<Text, PlacedMention[]>();
  private anchors: RegExp | null;
  private running: Promise<void> | null = null;
  private nextId = 1;
  private topicEstablished = false;
  private renderedCache = newRenderStateCache();
  /** mentions shown inside content-visibility:auto regions not rendered yet, by region */
  private readonly deferred = new Map<Element, FoundMention[]>();
  private readonly watchedRegions = new WeakSet<Element>();
  /** custom elements not defined yet: each may get a shadow root once defined (no mutation record says so) */
  private undefinedElements = new Set<Element>();
  private undefinedTimer: ReturnType<typeof setTimeout> | undefined;
  private resizeTimer: ReturnType<typeof setTimeout> | undefined;
  private sweepTimer: ReturnType<typeof setTimeout> | undefined;
  private lastSweep = -Infinity;

  constructor(
    private readonly doc: Document,
    private readonly options: PageScannerOptions,
  ) {
    this.runner = new SlicedRunner(options.yieldToPage, options.budgetMs ?? 8);
    this.anchors = options.matcher.anchors;
    const MO = doc.defaultView?.MutationObserver;
    this.observer = MO ? new MO((records) => this.onMutations(records)) : null;
    this.listenForReveals();
  }

  /**
   * Text can show, or an editor can appear, without a mutation record: a popover shown, a <details>
   * opened (toggle events), a media query after a resize, a hidden textarea taking focus (Ace, Monaco),
   * a shadow root attached on a click.
   */
  private listenForReveals(): void {
    const signal = this.controller.signal;
    const win = this.doc.defaultView;
    this.doc.addEventListener('toggle', this.onToggle, { capture: true, passive: true, signal });
    this.doc.addEventListener('focusin', this.onFocusIn, { capture: true, passive: true, signal });
    win?.addEventListener('resize', this.onResize, { passive: true, signal });
    for (const type of ['click', 'keyup'] as const)
      win?.addEventListener(type, this.onInteraction, { capture: true, passive: true, signal });
  }

  private readonly onToggle = (): void => {
    if (this.hidden.length > 0) this.recheckHidden();
  };

  private readonly onResize = (): void => {
    clearTimeout(this.resizeTimer);
    this.resizeTimer = setTimeout(() => this.onToggle(), this.options.resizeDelayMs ?? 200);
  };

  /** A hidden textarea that takes focus drives an editor that draws its own text: drop the mentions there. */
  private readonly onFocusIn = (event: Event): void => {
    const target = event.composedPath()[0] as Element | undefined;
    if (!target || target.nodeName !== 'TEXTAREA' || !isTextareaDrivingText(target)) return;
    const surface = markTextareaDrivenSurface(target);
    if (surface) this.dropInside(surface);
  };

  private readonly onInteraction = (): void => {
    if (this.sweepTimer !== undefined) return;
    const wait = Math.max(0, this.lastSweep + SWEEP_INTERVAL_MS - performance.now());
    // After the page's own handlers (and the frame they render) have run.
    this.sweepTimer = setTimeout(
      () => {
        this.sweepTimer = undefined;
        this.sweepForShadowRoots();
      },
      Math.max(wait, 100),
    );
  };

  /** A low-priority look at every element of every observed root for a shadow root attached since. */
  private sweepForShadowRoots(): void {
    if (this.controller.signal.aborted) return;
    this.lastSweep = performance.now();
    for (const root of this.observedRoots) this.jobs.push({ kind: 'sweep', root });
    void this.pump();
  }

  /** Starts scanning `root` (the document, or a shadow root) and watching it for changes. */
  start(root: Document | ShadowRoot = this.doc): Promise<void> {
    this.watch(root);
    this.enqueue({ kind: 'tree', root, replace: false });
    return this.pump();
  }

  /** Resolves when all work queued so far is done. */
  idle(): Promise<void> {
    return this.running ?? this.changeWait ?? Promise.resolve();
  }

  get count(): number {
    return this.store.size;
  }

  get sliceStats() {
    return this.runner.stats;
  }

  /** The mentions in document order, whatever order they were found in. */
  mentions(): readonly FoundMention[] {
    return this.store.all();
  }

  /** Scans everything again from scratch (after the reader changes settings, say). */
  rescanAll(): Promise<void> {
    for (const root of this.observedRoots) this.enqueue({ kind: 'tree', root, replace: true });
    return this.pump();
  }

  stop(): void {
    this.controller.abort();
    this.observer?.disconnect();
    clearTimeout(this.resizeTimer);
    clearTimeout(this.undefinedTimer);
    clearTimeout(this.sweepTimer);
    for (const mention of this.store.clear()) this.unhighlight(mention);
    this.hidden = [];
    this.undefinedElements.clear();
    this.byStartNode.clear();
    this.jobs.length = 0;
    this.changes.length = 0;
    this.pendingTrees.clear();
    this.pendingBlocks.clear();
    this.work = null;
    this.candidates = [];
    this.pendingStarts.clear();
    this.deferred.clear();
  }

  private watch(root: Node): void {
    if (this.observedRoots.has(root)) return;
    this.observedRoots.add(root);
    this.observer?.observe(root, OBSERVE);
    // toggle events do not leave a shadow tree.
    if (root.nodeType === 11)
      root.addEventListener('toggle', this.onToggle, {
        capture: true,
        passive: true,
        signal: this.controller.signal,
      });
  }

  /** `root`, when a custom element not defined yet: polled until defined, then looked at for a shadow root (the walk of its subtree notes the others). */
  private noteIfUndefined(root: Node): void {
    if (root.nodeType !== 1 || !root.nodeName.includes('-')) return;
    const element = root as Element;
    try {
      if (element.matches(UNDEFINED_SELECTOR)) this.undefinedElements.add(element);
    } catch {
      return; // an engine without :defined
    }
    this.pollUndefined();
  }

  private pollUndefined(): void {
    if (
      this.undefinedTimer !== undefined ||
      this.undefinedElements.size === 0 ||
      this.controller.signal.aborted
    )
      return;
    this.undefinedTimer = setTimeout(() => {
      this.undefinedTimer = undefined;
      for (const element of this.undefinedElements) {
        if (!element.isConnected) this.undefinedElements.delete(element);
        else if (element.shadowRoot) {
          this.undefinedElements.delete(element);
          this.checkShadowRoots(element);
        } else if (element.matches(':defined')) {
          this.undefinedElements.delete(element);
          // Defined now: its constructor or connectedCallback may have attached a shadow root.
          this.jobs.push({ kind: 'sweep', root: element });
        }
      }
      if (this.jobs.length > 0) void this.pump();
      this.pollUndefined();
    }, this.options.undefinedPollMs ?? 250);
  }

  /** `element` and its ancestors: a shadow root attached since the last look is scanned. */
  private checkShadowRoots(element: Element): void {
    for (let el: Element | null = element; el; el = el.parentElement) {
      const shadow = el.shadowRoot;
      if (shadow && !this.observedRoots.has(shadow)) this.onShadowRoot(shadow);
    }
  }

  private readonly onShadowRoot = (shadow: ShadowRoot): void => {
    // The extension's own card is never the page's text.
    if (this.observedRoots.has(shadow) || shadow.host.nodeName === OWN_UI_TAG) return;
    this.options.onShadowRoot?.(shadow);
    this.watch(shadow);
    this.enqueue({ kind: 'tree', root: shadow, replace: false });
  };

  private enqueue(job: Job, queue: Job[] = this.jobs): void {
    if (job.kind === 'own-text') {
      if (this.pendingBlocks.has(job.block)) return;
      this.pendingBlocks.add(job.block);
    }
    if (job.kind === 'tree') {
      // A page that churns the same subtree every frame queues it once, however far behind the scan is.
      const queued = this.pendingTrees.get(job.root);
      if (queued) {
        queued.replace ||= job.replace;
        return;
      }
      this.pendingTrees.set(job.root, job);
    }
    queue.push(job);
  }

  /** Queues work a page change caused: it waits for the next frame (scheduleChanges); without afterRender, it runs now. */
  private enqueueChange(job: Job): void {
    this.enqueue(job, this.options.afterRender ? this.changes : this.jobs);
  }

  private readonly pendingTrees = new Map<Node, Extract<Job, { kind: 'tree' }>>();

  /**
   * Runs the work page changes caused after the browser's next frame, once nothing else runs. A page that
   * changes every frame (a live feed) is read a few times a second, then once a second, not every
   * frame; its queued jobs fold meanwhile (one per subtree or block), and the page's changes during a
   * pass wait for the next one instead of stretching it.
   */
  private scheduleChanges(): void {
    const afterRender = this.options.afterRender;
    if (!afterRender) {
      void this.pump();
      return;
    }
    if (this.changeWait !== null || this.running !== null) return; // the pass under way calls again
    const churning = performance.now() - this.lastChangeWork < CHURN_WINDOW_MS;
    this.churnDelay = churning
      ? Math.min(MAX_CHURN_DELAY_MS, Math.max(CHURN_WINDOW_MS, this.churnDelay * 2))
      : 0;
    const delay = this.churnDelay;
    const wait =
      delay > 0
        ? new Promise<void>((resolve) => setTimeout(resolve, delay)).then(afterRender)
        : afterRender();
    this.changeWait = wait.then(() => {
      this.changeWait = null;
      for (const job of this.changes) this.jobs.push(job);
      this.changes.length = 0;
      this.passHasChanges = true;
      return this.pump();
    });
  }

  /** page-caused jobs waiting for scheduleChanges */
  private readonly changes: Job[] = [];
  private changeWait: Promise<void> | null = null;
  private passHasChanges = false;
  private lastChangeWork = -Infinity;
  private churnDelay = 0;

  private pump(): Promise<void> {
    if (this.controller.signal.aborted) return Promise.resolve();
    this.running ??= this.runner
      .run(() => this.step(), this.controller.signal)
      .then(() => {
        this.running = null;
        this.renderedCache = newRenderStateCache();
        this.blockCache = new Map();
        if (this.store.restoreOrder()) this.applyHighlightPolicy();
        if (this.passHasChanges) this.lastChangeWork = performance.now();
        this.passHasChanges = false;
        this.options.onChange?.(this);
        if (this.changes.length > 0 || this.candidates.length > 0) this.scheduleChanges();
        if (this.jobs.length > 0) return this.pump();
      });
    return this.running;
  }

  /** One small unit of work; false when nothing is left. */
  private step(): boolean {
    const work = this.work;
    if (work === null) {
      const job = this.jobs.shift();
      if (job) {
        this.work = this.openJob(job);
        return true;
      }
      if (this.candidates.length > 0) {
        this.work = { kind: 'flush', checked: [], index: 0 };
        return true;
      }
      return false;
    }
    switch (work.kind) {
      case 'prefilter':
        this.prefilterStep(work);
        return true;
      case 'targets':
        this.targetStep(work);
        return true;
      case 'shadows': {
        for (let i = 0; i < ELEMENTS_PER_STEP; i++) {
          const element = work.hosts.next();
          if (element === null) {
            this.work = null;
            break;
          }
          const shadow = element.shadowRoot;
          if (shadow) this.onShadowRoot(shadow);
          // Custom elements still waiting for their definition may get a shadow root once defined.
          else if (
            element.nodeName.includes('-') &&
            !this.undefinedElements.has(element) &&
            !element.matches(':defined')
          ) {
            this.undefinedElements.add(element);
            this.pollUndefined();
          }
        }
        return true;
      }
      case 'walk': {
        const segment = work.segmenter.next(NODES_PER_STEP);
        if (segment === 'paused') return true;
        if (segment === null) {
          this.work = work.root ? this.shadowsWork(work.root) : null;
          return true;
        }
        const mentions = this.options.matcher.findMentions(segment.text, {
          topicEstablished: this.topicEstablished,
        });
        if (mentions.length > 0)
          for (const placed of placeMentions(segment, mentions))
            if (!work.root || holdsBlock(work.root, placed.block)) this.accept(placed);
        return true;
      }
      case 'flush':
        this.flushStep(work);
        return true;
    }
  }

  private openJob(job: Job): Work | null {
    if (job.kind === 'own-text') {
      this.pendingBlocks.delete(job.block);
      if (!job.block.isConnected) return null;
      this.removeWhere((m) => m.block === job.block);
      // Queued before the block's region became an editor (in the same batch, say): not read any more.
      if (skippedRegion(job.block) !== null) return null;
      return {
        kind: 'walk',
        segmenter: new TextSegmenter(job.block, { ownTextOnly: true, onShadowRoot: this.onShadowRoot }),
      };
    }
    if (job.kind === 'tree') this.pendingTrees.delete(job.root);
    if (!job.root.isConnected) return null;
    if (job.kind === 'tree' && isInsideSkipped(job.root)) {
      // Inside an editor (or other skipped region) since it was queued: only its shadow roots are read.
      const root = job.root;
      if (job.replace) this.removeWhere((m) => root.contains(m.startNode));
      return this.openJob({ kind: 'sweep', root, added: job.replace });
    }
    if (job.kind === 'sweep') {
      if (job.root.nodeType === 1) this.checkShadowRoots(job.root as Element);
      if (job.added) this.rereadShadowRootsUnder(job.root);
      return this.shadowsWork(job.root);
    }
    if (job.replace) {
      const root = job.root;
      this.removeWhere((m) => composedContains(root, m.startNode));
      this.rereadShadowRootsUnder(root);
    }
    this.noteTextareaSurfaces(job.root);
    this.noteIfUndefined(job.root);
    // The walks below look at the root's descendants for shadow roots, not at the root itself.
    const ownShadow = (job.root as Partial<Element>).shadowRoot;
    if (ownShadow) this.onShadowRoot(ownShadow);
    if (!this.anchors)
      return {
        kind: 'walk',
        segmenter: new TextSegmenter(job.root, { onShadowRoot: this.onShadowRoot }),
        root: job.root,
      };
    const root = job.root;
    return {
      kind: 'prefilter',
      root,
      scan: new AnchorScan(
        root,
        this.anchors,
        (parent) => this.enqueue({ kind: 'tree', root: parent, replace: false }),
        root.nodeType === 9 ? htmlBytesOf(root as Document) : 0,
      ),
    };
  }

  /**
   * Looks for the terms' anchors (AnchorScan). None: no mention in this root, and only its shadow roots
   * are left to find. Some: the 'targets' work scans only the text around each, so the cost follows the
   * mentions, not the page. Many: one walk of the whole root.
   */
  private prefilterStep(work: Extract<Work, { kind: 'prefilter' }>): void {
    const state = work.scan.step(PREFILTER_STEP_MS);
    if (state === 'more') return;
    if (state === 'walk-all')
      this.work = {
        kind: 'walk',
        segmenter: new TextSegmenter(work.root, { onShadowRoot: this.onShadowRoot }),
        root: work.root,
      };
    else if (work.scan.hits.length > 0)
      this.work = {
        kind: 'targets',
        root: work.root,
        hits: work.scan.hits,
        index: 0,
        locator: new HitLocator(),
        covered: new Set(),
        chars: work.scan.charsRead,
      };
    else this.work = this.shadowsWork(work.root, work.scan.charsRead);
  }

  /**
   * Shadow roots of known hosts under `root` (moved there, say) are read again: their text may now show
   * or hide, even when `root` itself is not read (added inside an editor, whose shadow roots still are).
   */
  private rereadShadowRootsUnder(root: Node): void {
    for (const observed of this.observedRoots) {
      const host = (observed as Partial<ShadowRoot>).host;
      if (host && composedContains(root, host)) this.enqueue({ kind: 'tree', root: observed, replace: true });
    }
  }

  /** Textareas that drive an editor drawing its own text (Ace, Monaco): their surfaces are skipped. */
  private noteTextareaSurfaces(root: Node): void {
    const textareas = (root as ParentNode).querySelectorAll?.('textarea');
    if (!textareas) return;
    for (const textarea of Array.from(textareas)) {
      if (isTextareaDrivingText(textarea)) markTextareaDrivenSurface(textarea);
    }
  }

  /** Looks at the elements under `root` that may hold an open shadow root (core/shadow-hosts.ts). */
  private shadowsWork(root: Node, textLength?: number): Work | null {
    const hosts = shadowHostCandidates(root, textLength);
    return hosts ? { kind: 'shadows', hosts } : null;
  }

  /** Finds the text node of the next hit (a bounded piece of walking per step) and scans around it. */
  private targetStep(work: Extract<Work, { kind: 'targets' }>): void {
    const hit = work.locator.locate(work.hits[work.index]!, NODES_PER_STEP * 4);
    if (hit === 'paused') return;
    work.index++;
    if (hit !== null && !work.covered.has(hit) && hit.isConnected && !isInsideSkipped(hit))
      this.scanAround(work, hit);
    if (work.index >= work.hits.length) this.work = this.shadowsWork(work.root, work.chars);
  }

  /**
   * Matches the run of text that holds `hit` (its block's consecutive text, where a mention must lie).
   * Only when an ambiguous term there lacks context is it matched again with CONTEXT_MARGIN characters
   * of the neighbouring blocks on each side, as a scan of the whole page would see it.
   */
  private scanAround(work: Extract<Work, { kind: 'targets' }>, hit: Text): void {
    if (!holdsBlock(work.root, containingBlock(hit.parentNode!, this.blockCache))) return;
    const { matcher } = this.options;
    const topicEstablished = this.topicEstablished;
    const read = (margin: number) =>
      readTextAround(work.root, hit, {
        margin,
        blocks: this.blockCache,
        editables: EDITORS_BY_ATTRIBUTE,
        onShadowRoot: this.onShadowRoot,
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
    for (const placed of placeMentions(segment, inCore)) this.accept(placed);
  }

  private blockCache = new Map<Node, Node>();

  /**
   * Turns candidates into mentions: first every visibility check (one style computation), then the
   * highlights, so that adding ranges does not make the browser recompute styles between checks.
   */
  private flushStep(work: Extract<Work, { kind: 'flush' }>): void {
    if (work.index < this.candidates.length) {
      // Some checks force style work (content-visibility regions): stop the step after a few ms.
      const end = Math.min(this.candidates.length, work.index + VISIBILITY_CHECKS_PER_STEP);
      const deadline = performance.now() + VISIBILITY_STEP_MS;
      let i = work.index;
      while (i < end) {
        work.checked.push(this.isRendered(renderingElement(this.candidates[i]!.startNode)));
        i++;
        if ((i & 7) === 0 && performance.now() > deadline) break;
      }
      work.index = i;
      return;
    }
    const candidates = this.candidates;
    this.candidates = [];
    this.pendingStarts.clear();
    candidates.forEach((placed, i) => {
      if (!placed.startNode.isConnected || !placed.endNode.isConnected) return;
      const state = work.checked[i]!;
      if (state === 'hidden') this.hidden.push(placed);
      else {
        const mention = this.addMention(placed);
        if (state !== 'rendered') this.deferUntilRendered(state, mention);
      }
    });
    this.applyHighlightPolicy();
    this.work = null;
  }

  private isRendered(element: Element | null): RenderState {
    if (!element) return 'hidden';
    const custom = this.options.isRendered;
    if (!custom) return renderStateOf(element, this.renderedCache);
    let state = this.renderedCache.states.get(element);
    if (state === undefined) {
      state = custom(element) ? 'rendered' : 'hidden';
      this.renderedCache.states.set(element, state);
    }
    return state;
  }

  /**
   * A mention in a content-visibility:auto region the browser skips for now counts as shown (the reader
   * can scroll to it); once the region is rendered, the exact check runs and may hide it after all.
   */
  private deferUntilRendered(region: Element, mention: FoundMention): void {
    const waiting = this.deferred.get(region);
    if (waiting) waiting.push(mention);
    else this.deferred.set(region, [mention]);
    if (this.watchedRegions.has(region)) return;
    this.watchedRegions.add(region);
    region.addEventListener(
      'contentvisibilityautostatechange',
      (event) => {
        if ((event as Event & { skipped?: boolean }).skipped !== true) this.checkDeferred(region);
      },
      { signal: this.controller.signal },
    );
  }

  private checkDeferred(region: Element): void {
    const waiting = this.deferred.get(region);
    if (!waiting) return;
    this.deferred.delete(region);
    const current = new Set(this.store.all());
    const notShown = new Set(
      waiting.filter(
        (m) => current.has(m) && m.startNode.isConnected && !isRenderedNow(renderingElement(m.startNode)!),
      ),
    );
    if (notShown.size === 0) return;
    this.removeWhere((m) => notShown.has(m));
    for (const mention of notShown) this.hidden.push(mention);
    this.options.onChange?.(this);
  }

  private accept(placed: PlacedMention): void {
    const same = (list: readonly PlacedMention[] | undefined) =>
      list?.some(
        (m) =>
          m.startOffset === placed.startOffset &&
          m.endNode === placed.endNode &&
          m.endOffset === placed.endOffset,
      );
    if (same(this.byStartNode.get(placed.startNode)) || same(this.pendingStarts.get(placed.startNode)))
      return;
    if (this.options.hides?.(placed.text)) {
      this.hidden.push(placed);
      return;
    }
    this.candidates.push(placed);
    // Set now, not after the visibility check, so that later roots of the same pass (shadow roots,
    // frames of text further down) already see the topic as named.
    if (!this.options.matcher.needsContext(placed.termId)) this.topicEstablished = true;
    const pending = this.pendingStarts.get(placed.startNode);
    if (pending) pending.push(placed);
    else this.pendingStarts.set(placed.startNode, [placed]);
  }

  private addMention(placed: PlacedMention): FoundMention {
    const range = this.doc.createRange();
    range.setStart(placed.startNode, placed.startOffset);
    range.setEnd(placed.endNode, placed.endOffset);
    const mention: FoundMention = { ...placed, id: this.nextId++, range, highlighted: false };
    this.store.insert(mention);
    const same = this.byStartNode.get(placed.startNode);
    if (same) same.push(mention);
    else this.byStartNode.set(placed.startNode, [mention]);
    return mention;
  }

  private removeWhere(doomed: (m: FoundMention) => boolean): void {
    const removed = this.store.removeWhere(doomed);
    let removedHighlighted = false;
    for (const mention of removed) {
      if (mention.highlighted) {
        this.unhighlight(mention);
        removedHighlighted = true;
      }
      const list = this.byStartNode.get(mention.startNode);
      const rest = list?.filter((m) => m !== mention) ?? [];
      if (rest.length > 0) this.byStartNode.set(mention.startNode, rest);
      else this.byStartNode.delete(mention.startNode);
    }
    if (this.hidden.length > 0) this.hidden = this.hidden.filter((h) => !doomed(h as FoundMention));
    if (removedHighlighted) this.applyHighlightPolicy();
  }

  /**
   * Drops every mention whose text left the document, collapsed, or no longer reads as found (text
   * moved into or out of its range); the block of a changed one is read again.
   */
  private prune(): void {
    const changedBlocks = new Set<Node>();
    this.removeWhere((m) => {
      if (!m.startNode.isConnected || !m.endNode.isConnected) return true;
      // Hidden mentions have no range yet: they are read again when shown.
      if (m.range === undefined) return false;
      if (m.range.collapsed) return true;
      // A live range whose boundary moved out of its text node: the node was taken out and put back.
      const { range } = m;
      const inPlace = range.startContainer === m.startNode && range.endContainer === m.endNode;
      if (
        inPlace &&
        comparePoints(m.startNode, m.startOffset, m.endNode, m.endOffset) < 0 &&
        sameLetters(range.toString(), m.text)
      )
        return false;
      changedBlocks.add(containingBlock(m.startNode.parentNode ?? m.startNode));
      return true;
    });
    for (const block of changedBlocks) this.enqueue({ kind: 'own-text', block });
    for (const [region, waiting] of this.deferred) {
      const live = waiting.filter((m) => m.startNode.isConnected);
      if (live.length === 0 || !region.isConnected) this.deferred.delete(region);
      else if (live.length < waiting.length) this.deferred.set(region, live);
    }
  }

  /** The region became an editor (or otherwise not read): its mentions go. */
  private dropInside(region: Node): void {
    this.removeWhere((m) => region.contains(m.startNode));
  }

  /**
   * Gives highlights to the mentions that deserve them, in document order: the first `maxHighlighted`,
   * or the first of each block, or the first of the page; takes them from the others.
   */
  private applyHighlightPolicy(): void {
    const max = this.options.maxHighlighted;
    const scope = this.options.highlightScope ?? 'all';
    const blocks = new Set<Node>();
    let given = 0;
    for (const mention of this.store.all()) {
      let deserves = given < max;
      if (deserves && scope === 'first-on-page') deserves = given === 0;
      if (deserves && scope === 'first-per-paragraph') deserves = !blocks.has(mention.block);
      if (deserves) {
        given++;
        blocks.add(mention.block);
        if (!mention.highlighted) this.highlight(mention);
      } else if (mention.highlighted) {
        this.unhighlight(mention);
      }
    }
  }

  private highlight(mention: FoundMention): void {
    mention.highlighted = true;
    this.options.highlights.add(mention.range);
  }

  private unhighlight(mention: FoundMention): void {
    if (!mention.highlighted) return;
    mention.highlighted = false;
    this.options.highlights.remove(mention.range);
  }

  /** Uses another matcher (the reader changed the languages) and scans everything again. */
  setMatcher(matcher: Matcher): Promise<void> {
    this.options.matcher = matcher;
    this.anchors = matcher.anchors;
    this.topicEstablished = false;
    return this.rescanAll();
  }

  /**
   * The reader hid mentions by their text, or showed some again: the hidden ones are set aside (and come
   * back when shown again) without reading the page again.
   */
  setHidden(isHidden: (text: string) => boolean): void {
    this.options.hides = isHidden;
    const hidden = new Set(this.store.all().filter((m) => isHidden(m.text)));
    this.removeWhere((m) => hidden.has(m));
    this.hidden.push(...hidden);
    this.recheckHidden();
  }

  /** Applies a new cap or scope to the mentions already found, without scanning again. */
  setHighlightPolicy(maxHighlighted: number, scope: HighlightScope): void {
    this.options.maxHighlighted = maxHighlighted;
    this.options.highlightScope = scope;
    this.applyHighlightPolicy();
    this.options.onChange?.(this);
  }

  private onMutations(records: MutationRecord[]): void {
    if (this.controller.signal.aborted) return;
    const jobs = jobsFromMutations(records, MUTATION_RULES);
    const reads = jobs.filter((j) => j.kind === 'tree' || j.kind === 'own-text').length;
    const full = reads > (this.options.hugeMutationCount ?? 1000);
    let changed = false;
    for (const job of jobs) {
      if (full && (job.kind === 'tree' || job.kind === 'own-text')) continue;
      changed = this.runMutationJob(job) || changed;
    }
    // Too many places to read one by one: read every root again (the prune above already ran).
    if (full)
      for (const root of this.observedRoots) this.enqueueChange({ kind: 'tree', root, replace: true });
    if (this.jobs.length > 0 || this.changes.length > 0) this.scheduleChanges();
    else if (changed) this.options.onChange?.(this);
  }

  /** Runs one job of a mutation batch now, or queues it; true when the mentions changed at once. */
  private runMutationJob(job: ScanJob): boolean {
    const before = this.store.size;
    switch (job.kind) {
      case 'prune':
        this.prune();
        break;
      case 'drop-inside':
        this.dropInside(job.root);
        break;
      case 'tree':
        this.enqueueChange({ kind: 'tree', root: job.root, replace: true });
        break;
      case 'own-text':
        this.enqueueChange({ kind: 'own-text', block: job.block });
        break;
      case 'shadow-check':
        this.checkShadowRoots(job.element);
        break;
      case 'sweep':
        this.enqueueChange({ kind: 'sweep', root: job.root, added: true });
        break;
      case 'recheck-hidden':
        if (this.hidden.length > 0) this.recheckHidden();
        break;
    }
    return this.store.size !== before;
  }

  private recheckHidden(): void {
    const candidates = this.hidden;
    this.hidden = [];
    this.renderedCache = newRenderStateCache();
    for (const placed of candidates) if (placed.startNode.isConnected) this.accept(placed);
    this.scheduleChanges();
  }
}
