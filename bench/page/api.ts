/** What the page script (bench/page/main.ts) offers the runner as `window.__bench`. Types only. */

export interface PageInfo {
  textChars: number;
  textNodes: number;
  elements: number;
  crossOriginIsolated: boolean;
}

export interface WalkResult {
  ms: number;
  chars: number;
  nodes: number;
}

/** What any scan must pay on a page without mentions: reading its text once, and finding its open shadow roots. */
export interface ReadingFloor {
  /** document.body.textContent */
  textContentMs: number;
  /** a TreeWalker over every element, reading `shadowRoot` (run after textContent, which makes no node wrappers) */
  shadowWalkMs: number;
}

export interface LongTask {
  startTime: number;
  duration: number;
}

export interface ScanResult {
  /** building the matcher from the terms and their anchor table, before the scan (runs once when the content script starts) */
  compileMs: number;
  /** start() to idle() */
  wallMs: number;
  /** the scanner's own main-thread time (sliceStats.totalMs) */
  totalMs: number;
  longestSliceMs: number;
  slices: number;
  count: number;
  highlighted: number;
  /** long tasks (PerformanceObserver 'longtask') that ended after the scan started, until shortly after idle */
  longTasks: LongTask[];
}

export interface BatchResult {
  /** from the first appendChild to the scanner's idle() */
  wallMs: number;
  /** from the end of the appends to the scanner's idle() */
  afterAppendMs: number;
  /** the scanner's main-thread time for the batch (sliceStats.totalMs difference) */
  sliceMs: number;
  slices: number;
  longestSliceMs: number;
  found: number;
  longTasks: LongTask[];
}

/** The look for new shadow roots that an interaction (a click) leads to, on a page already scanned. */
export interface SweepResult {
  /** the scanner's main-thread time for the sweep (sliceStats.totalMs difference) */
  sliceMs: number;
  slices: number;
  longestSliceMs: number;
  longTasks: LongTask[];
}

/** The same batch appended to a page with no scanner: what the page itself costs. */
export interface ControlResult {
  appendMs: number;
  /** from the first appendChild to just after the next frame (style, layout, paint of the new content) */
  toRenderedMs: number;
  longTasks: LongTask[];
}

/** 'per-term': one markRegExp call per term; 'combined': one call with every term in one regex */
export type MarkMode = 'per-term' | 'combined';

export interface MarkResult {
  ms: number;
  marks: number;
  /** markRegExp calls (each walks the page once) */
  calls: number;
  longTasks: LongTask[];
}

export interface ProfileResult {
  /** TextSegmenter over the document, no matching */
  segmentMs: number;
  segments: number;
  segmentChars: number;
  /** createMatcher (builds the RegExp objects; V8 compiles them on first use) */
  compileMs: number;
  /** findMentions over the collected segment texts, first time (includes V8's lazy regex compilation) */
  matchColdMs: number;
  /** the same again (steady state) */
  matchWarmMs: number;
  mentions: number;
  /** what PageScanner.accept does per mention, in its order: */
  placeMs: number;
  /** checkVisibility on the mention's parent (cached per element) */
  visibilityMs: number;
  /** createRange + setStart + setEnd */
  rangeMs: number;
  /** Highlight.add (up to the cap of 500) */
  highlightMs: number;
}

export interface BenchApi {
  info(): PageInfo;
  settle(): Promise<void>;
  bareWalk(): WalkResult;
  elementWalk(): WalkResult;
  readingFloor(): ReadingFloor;
  prepareScan(terms: 'own' | 'synthetic', syntheticCount: number, maxHighlighted: number): number;
  /**
   * Whether V8 can compile the matcher for `upTo` synthetic terms, else the largest count it can (binary
   * search); `deriveMs`: createMatcher for `upTo` terms, deriving their anchors in the page (NaN if it threw).
   */
  probeTerms(upTo: number, bisect: boolean): { max: number; error: string | null; deriveMs: number };
  startScan(): Promise<ScanResult>;
  appendBatch(html: string): Promise<BatchResult>;
  /** a click on the page, then the scanner's look for shadow roots attached since (core/watched-roots.ts) */
  sweepAfterClick(): Promise<SweepResult>;
  appendControl(html: string): Promise<ControlResult>;
  markjs(mode: MarkMode): Promise<MarkResult>;
  profile(): ProfileResult;
}
