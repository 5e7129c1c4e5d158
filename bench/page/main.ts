/**
 * The benchmark's page script: bundled with the extension's core into .cache/bench/bench-page.js and
 * injected before any page script runs (Playwright addInitScript). It only defines `window.__bench` and
 * starts a long-task observer; nothing touches the page until the runner calls a function.
 */
import { ccsviTermSet } from '../../data/ccsvi/terms';
import type { TermSet } from '../../data/term-types';
import { highlightApiOf, MentionHighlights } from '../../core/highlights';
import { createMatcher, type Matcher, type Mention } from '../../core/matcher';
import { compilePattern } from '../../core/pattern-compiler';
import { PageScanner } from '../../core/page-scanner';
import { renderStateOf } from '../../core/render-state';
import { placeMentions } from '../../core/locate-mentions';
import { createAfterRender, createYieldToPage } from '../../core/scheduler';
import { TextSegmenter, type Segment } from '../../core/text-segmenter';
import { syntheticTermSet } from '../lib/synthetic-terms';
import type {
  BatchResult,
  BenchApi,
  ControlResult,
  LongTask,
  MarkResult,
  ProfileResult,
  ReadingFloor,
  ScanResult,
  SweepResult,
  WalkResult,
} from './api';

interface MarkInstance {
  markRegExp(regexp: RegExp, options: { acrossElements: boolean; done: (marks: number) => void }): void;
}
type MarkConstructor = new (context: Element) => MarkInstance;

interface BenchWindow {
  __bench?: BenchApi;
  /** mark.js (dist/mark.min.js, injected as its own init script) */
  Mark?: MarkConstructor;
  /** with --js-flags=--expose-gc */
  gc?: () => void;
}

const win = window as unknown as BenchWindow;
const longTasks: LongTask[] = [];
try {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      longTasks.push({ startTime: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
} catch {
  // no Long Tasks API: the runner reports the scanner's own slices only
}

/** the content script's cap (entrypoints/content/highlighting.ts) */
const MAX_HIGHLIGHTED_DEFAULT = 500;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Long tasks that ended after `since`, once the browser had a chance to paint and report them. */
async function longTasksSince(since: number): Promise<LongTask[]> {
  await frame();
  await frame();
  await sleep(120);
  return longTasks.filter((t) => t.startTime + t.duration > since).map((t) => ({ ...t }));
}

function termSetOf(terms: 'own' | 'synthetic', syntheticCount: number): TermSet {
  return terms === 'own' ? ccsviTermSet : syntheticTermSet(syntheticCount);
}

/** The regex core's matcher compiles (same groups, same word-end rule), plus a word-start lookbehind. */
/** One term's regex for mark.js: core compilePattern's alternatives, with the term's word boundaries. */
function termRegexSource(term: TermSet['terms'][number]): string {
  const body = term.patterns.map((p) => compilePattern(p, term.case)).join('|');
  return term.wordBoundaries === false
    ? `(?:${body})`
    : `(?<![\\p{L}\\p{M}\\p{N}_])(?:${body})(?![\\p{L}\\p{M}\\p{N}_])`;
}

/** All terms in one regex: mark.js's fastest use (one walk of the page). */
function markRegExpOf(set: TermSet): RegExp {
  return new RegExp(set.terms.map(termRegexSource).join('|'), 'gu');
}

let scanner: PageScanner | null = null;
let pendingScan: { scanner: PageScanner; compileMs: number } | null = null;

function walk(whatToShow: number): WalkResult {
  const t0 = performance.now();
  const walker = document.createTreeWalker(document, whatToShow);
  let chars = 0;
  let nodes = 0;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    nodes++;
    if (node.nodeType === 3) chars += (node as Text).data.length;
    else chars += node.nodeName.length;
  }
  return { ms: performance.now() - t0, chars, nodes };
}

const api: BenchApi = {
  info() {
    let textChars = 0;
    let textNodes = 0;
    const walker = document.createTreeWalker(document, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      textNodes++;
      textChars += (node as Text).data.length;
    }
    return {
      textChars,
      textNodes,
      elements: document.getElementsByTagName('*').length,
      crossOriginIsolated: self.crossOriginIsolated,
    };
  },

  async settle() {
    await frame();
    await frame();
    const start = performance.now();
    for (;;) {
      const now = performance.now();
      const lastEnd = longTasks.reduce((m, t) => Math.max(m, t.startTime + t.duration), 0);
      if ((now - lastEnd > 300 && now - start > 200) || now - start > 15_000) break;
      await sleep(50);
    }
    win.gc?.();
    await sleep(50);
  },

  /** The floor: every text node, value read (lengths summed so the loop cannot be dropped). */
  bareWalk: () => walk(NodeFilter.SHOW_TEXT),

  /** Elements and text, as the segmenter's walker visits them (no rules, no strings built). */
  elementWalk: () => walk(NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT),

  readingFloor(): ReadingFloor {
    const t0 = performance.now();
    void document.body.textContent;
    const t1 = performance.now();
    const walker = document.createTreeWalker(document, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode())
      void (node as Element).shadowRoot;
    return { textContentMs: t1 - t0, shadowWalkMs: performance.now() - t1 };
  },

  prepareScan(terms, syntheticCount, maxHighlighted) {
    const set = termSetOf(terms, syntheticCount);
    // As in the content script: the matcher is built before the scanner. V8 compiles each RegExp lazily,
    // on its first runs (bytecode, then native code per string width), so that cost lands in the scan's
    // first slices, as it does in production.
    const t0 = performance.now();
    const matcher: Matcher = createMatcher(set);
    const compileMs = performance.now() - t0;
    const highlights = new MentionHighlights(highlightApiOf(window), 'underline');
    pendingScan = {
      compileMs,
      scanner: new PageScanner(document, {
        matcher,
        highlights,
        maxHighlighted,
        yieldToPage: createYieldToPage(window),
        afterRender: createAfterRender(window),
      }),
    };
    return compileMs;
  },

  probeTerms(upTo, bisect) {
    let deriveMs = Number.NaN;
    const errorOf = (count: number): string | null => {
      const set = syntheticTermSet(count);
      try {
        const t0 = performance.now();
        const matcher = createMatcher(set);
        if (count === upTo) deriveMs = performance.now() - t0;
        matcher.findMentions('probe — probe');
        return null;
      } catch (err) {
        return err instanceof Error ? err.message : String(err);
      }
    };
    const error = errorOf(upTo);
    if (error === null || !bisect) return { max: error === null ? upTo : 0, error, deriveMs };
    let lo = 0; // compiles
    let hi = upTo; // does not
    while (hi - lo > Math.max(1, Math.floor(upTo / 200))) {
      const mid = (lo + hi) >> 1;
      if (errorOf(mid) === null) lo = mid;
      else hi = mid;
    }
    return { max: lo, error, deriveMs };
  },

  async startScan(): Promise<ScanResult> {
    if (!pendingScan) throw new Error('prepareScan first');
    const { scanner: s, compileMs } = pendingScan;
    pendingScan = null;
    scanner = s;
    const t0 = performance.now();
    await s.start();
    await s.idle();
    const wallMs = performance.now() - t0;
    const stats = { ...s.sliceStats };
    return {
      compileMs,
      wallMs,
      totalMs: stats.totalMs,
      longestSliceMs: stats.longestSliceMs,
      slices: stats.slices,
      count: s.count,
      highlighted: s.mentions().filter((m) => m.highlighted).length,
      longTasks: await longTasksSince(t0),
    };
  },

  async appendBatch(html): Promise<BatchResult> {
    const s = scanner;
    if (!s) throw new Error('startScan first');
    const template = document.createElement('template');
    template.innerHTML = html;
    const nodes = Array.from(template.content.children);
    const container =
      document.querySelector('article') ??
      document.querySelector('#apicontent') ??
      document.querySelector('main') ??
      document.body;
    const before = { ...s.sliceStats };
    const countBefore = s.count;
    s.sliceStats.longestSliceMs = 0; // so the batch's own longest slice can be read
    let fired: () => void = () => {};
    const firedPromise = new Promise<void>((resolve) => (fired = resolve));
    // Observers are called in creation order: when this one runs, the scanner's has queued its work.
    const observer = new MutationObserver(() => fired());
    observer.observe(document, { childList: true, subtree: true });
    const t0 = performance.now();
    for (const node of nodes) container.appendChild(node);
    const t1 = performance.now();
    await firedPromise;
    observer.disconnect();
    await s.idle();
    const t2 = performance.now();
    const after = s.sliceStats;
    const result = {
      wallMs: t2 - t0,
      afterAppendMs: t2 - t1,
      sliceMs: after.totalMs - before.totalMs,
      slices: after.slices - before.slices,
      longestSliceMs: after.longestSliceMs,
      found: s.count - countBefore,
      longTasks: await longTasksSince(t0),
    };
    s.sliceStats.longestSliceMs = Math.max(before.longestSliceMs, after.longestSliceMs);
    return result;
  },

  async sweepAfterClick(): Promise<SweepResult> {
    const s = scanner;
    if (!s) throw new Error('startScan first');
    await s.idle();
    const before = { ...s.sliceStats };
    s.sliceStats.longestSliceMs = 0;
    const t0 = performance.now();
    document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    // The sweep starts 100 ms after an interaction at the earliest, a second after the last one at the
    // latest (core/watched-roots.ts): wait until it has run.
    for (let waited = 0; s.sliceStats.slices === before.slices && waited < 1500; waited += 50)
      await new Promise<void>((resolve) => setTimeout(resolve, 50));
    if (s.sliceStats.slices === before.slices) throw new Error('no sweep after the click');
    await s.idle();
    const after = s.sliceStats;
    const result = {
      sliceMs: after.totalMs - before.totalMs,
      slices: after.slices - before.slices,
      longestSliceMs: after.longestSliceMs,
      longTasks: await longTasksSince(t0),
    };
    s.sliceStats.longestSliceMs = Math.max(before.longestSliceMs, after.longestSliceMs);
    return result;
  },

  async appendControl(html): Promise<ControlResult> {
    const template = document.createElement('template');
    template.innerHTML = html;
    const nodes = Array.from(template.content.children);
    const container =
      document.querySelector('article') ??
      document.querySelector('#apicontent') ??
      document.querySelector('main') ??
      document.body;
    const t0 = performance.now();
    for (const node of nodes) container.appendChild(node);
    const t1 = performance.now();
    await frame();
    await new Promise<void>((resolve) => setTimeout(resolve, 0)); // after the frame's style, layout and paint
    const t2 = performance.now();
    return { appendMs: t1 - t0, toRenderedMs: t2 - t0, longTasks: await longTasksSince(t0) };
  },

  async markjs(mode): Promise<MarkResult> {
    const Mark = win.Mark;
    if (!Mark) throw new Error('mark.js is not loaded');
    // 'per-term': one markRegExp call per term, each with its own walk of the page, as a page script
    // marking a term list does; 'combined': every term in one regex, one walk.
    const regexes =
      mode === 'combined'
        ? [markRegExpOf(ccsviTermSet)]
        : ccsviTermSet.terms.map((t) => new RegExp(termRegexSource(t), 'gu'));
    const t0 = performance.now();
    const instance = new Mark(document.body);
    let marks = 0;
    for (const regex of regexes) {
      marks += await new Promise<number>((resolve) =>
        instance.markRegExp(regex, { acrossElements: true, done: resolve }),
      );
    }
    const ms = performance.now() - t0;
    return { ms, marks, calls: regexes.length, longTasks: await longTasksSince(t0) };
  },

  profile(): ProfileResult {
    const t0 = performance.now();
    const segmenter = new TextSegmenter(document);
    const segments: Segment[] = [];
    let segmentChars = 0;
    for (let segment = segmenter.next(); segment !== null; segment = segmenter.next()) {
      if (segment === 'paused') continue;
      segments.push(segment);
      segmentChars += segment.text.length;
    }
    const t1 = performance.now();
    const matcher = createMatcher(ccsviTermSet);
    const t2 = performance.now();
    const matchAll = () => {
      const found: Mention[][] = [];
      let established = false;
      for (const segment of segments) {
        const mentions = matcher.findMentions(segment.text, { topicEstablished: established });
        found.push(mentions);
        if (mentions.some((m) => !matcher.needsContext(m.termId))) established = true;
      }
      return found;
    };
    const found = matchAll(); // cold: includes V8's lazy regex compilation
    const t3 = performance.now();
    matchAll(); // warm: steady-state matching
    const t4 = performance.now();

    // What PageScanner.accept does for each mention, in the same order, timed per operation.
    const highlights = new MentionHighlights(highlightApiOf(window), 'underline');
    const rendered = new Map<Element, boolean>();
    let placeMs = 0;
    let visibilityMs = 0;
    let rangeMs = 0;
    let highlightMs = 0;
    let mentions = 0;
    let added = 0;
    for (let i = 0; i < segments.length; i++) {
      const list = found[i]!;
      if (list.length === 0) continue;
      let a = performance.now();
      const placed = placeMentions(segments[i]!, list);
      let b = performance.now();
      placeMs += b - a;
      for (const p of placed) {
        mentions++;
        a = performance.now();
        const parent = p.startNode.parentElement;
        let visible = parent ? rendered.get(parent) : false;
        if (visible === undefined && parent) {
          visible = renderStateOf(parent) !== 'hidden';
          rendered.set(parent, visible);
        }
        b = performance.now();
        visibilityMs += b - a;
        if (!visible) continue;
        const range = document.createRange();
        range.setStart(p.startNode, p.startOffset);
        range.setEnd(p.endNode, p.endOffset);
        a = performance.now();
        rangeMs += a - b;
        if (added < MAX_HIGHLIGHTED_DEFAULT) {
          highlights.add(range);
          added++;
        }
        highlightMs += performance.now() - a;
      }
    }
    highlights.dispose();
    return {
      segmentMs: t1 - t0,
      segments: segments.length,
      segmentChars,
      compileMs: t2 - t1,
      matchColdMs: t3 - t2,
      matchWarmMs: t4 - t3,
      mentions,
      placeMs,
      visibilityMs,
      rangeMs,
      highlightMs,
    };
  },
};

win.__bench = api;
