import { markTextareaDrivenSurface } from './dom-rules';
import { createFoundMentions, type FoundMention, type FoundMentions } from './found-mentions';
import type { HighlightScope } from './highlight-policy';
import type { MentionHighlights } from './highlights';
import type { Matcher } from './matcher';
import { jobsFromMutations, type ScanJob } from './mutation-jobs';
import { isTextareaDrivingText } from './render-state';
import { createRenderChecks, type RenderChecks } from './render-checks';
import { createScanQueue, type ScanQueue } from './scan-queue';
import { createScanWork, type ScanWork } from './scan-work';
import { SlicedRunner, type YieldToPage } from './scheduler';
import { createWatchedRoots, type WatchedRoots } from './watched-roots';

/** The scanner's mentions, as its callers (the card, the popup's list) know them. */
export type { FoundMention } from './found-mentions';

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
  /** mentions the reader hid ("Not about CCSVI?"), by their text: kept aside like those not shown */
  hides?: (text: string) => boolean;
  /**
   * Waited for before work that page changes caused: the browser renders the new content first, so
   * the scanner's visibility checks find styles computed instead of forcing them (default: no wait).
   */
  afterRender?: () => Promise<void>;
  /**
   * more mutation records than this since the last pass, when they also outnumber the page's elements,
   * are not read one by one: every root is read again instead (default 1000)
   */
  fullReadAfterRecords?: number;
  /** how long to wait after a resize before hidden mentions are looked at again (ms) */
  resizeDelayMs?: number;
  /** how often elements not defined yet (custom elements) are looked at for a shadow root (ms) */
  undefinedPollMs?: number;
}

/**
 * Finds and highlights the mentions in one document (one frame) and its open shadow roots, and keeps
 * them right as the page changes. The page's DOM is only read, never written. The parts: the queue of
 * jobs (core/scan-queue.ts), the work loop (core/scan-work.ts), the mentions found
 * (core/found-mentions.ts), the roots watched (core/watched-roots.ts); page changes become jobs in
 * core/mutation-jobs.ts.
 */
export class PageScanner {
  private readonly runner: SlicedRunner;
  private readonly controller = new AbortController();
  private readonly queue: ScanQueue;
  private readonly found: FoundMentions;
  private readonly visibility: RenderChecks;
  private readonly roots: WatchedRoots;
  private readonly work: ScanWork;
  private running: Promise<void> | null = null;
  private resizeTimer: ReturnType<typeof setTimeout> | undefined;
  /** mutation records taken since the last pass, and the page's element count if counted since */
  private recordsSincePass = 0;
  private elementsSeen = 0;

  constructor(
    private readonly doc: Document,
    private readonly options: PageScannerOptions,
  ) {
    const signal = this.controller.signal;
    this.runner = new SlicedRunner(options.yieldToPage, options.budgetMs ?? 8);
    this.queue = createScanQueue(
      options.afterRender,
      () => this.pump(),
      () => this.running !== null,
      () => this.resumeWatching(),
    );
    this.visibility = createRenderChecks(options, signal, (region) => {
      if (this.found.checkDeferred(region)) this.options.onChange?.(this);
    });
    this.found = createFoundMentions(doc, options, (region) => this.visibility.watchRegion(region));
    this.roots = createWatchedRoots(doc, options, this.queue, signal, {
      pump: () => void this.pump(),
      onMutations: (records) => this.onMutations(records),
      onToggle: this.onToggle,
    });
    this.work = createScanWork(options, this.queue, this.roots, this.found, this.visibility);
    this.listenForReveals();
  }

  /**
   * Text can show, or an editor can appear, without a mutation record: a popover shown, a <details>
   * opened (toggle events), a media query after a resize, a hidden textarea taking focus (Ace, Monaco).
   * (A shadow root attached on a click: core/watched-roots.ts.)
   */
  private listenForReveals(): void {
    const signal = this.controller.signal;
    this.doc.addEventListener('toggle', this.onToggle, { capture: true, passive: true, signal });
    this.doc.addEventListener('focusin', this.onFocusIn, { capture: true, passive: true, signal });
    this.doc.defaultView?.addEventListener('resize', this.onResize, { passive: true, signal });
  }

  private readonly onToggle = (): void => {
    if (this.found.hasHidden) this.recheckHidden();
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
    if (surface) this.found.dropInside(surface);
  };

  /** Starts scanning `root` (the document, or a shadow root) and watching it for changes. */
  start(root: Document | ShadowRoot = this.doc): Promise<void> {
    this.roots.watch(root);
    this.queue.enqueue({ kind: 'tree', root, replace: false });
    return this.pump();
  }

  /** Resolves when all work queued so far is done. */
  idle(): Promise<void> {
    return this.running ?? this.queue.waiting ?? Promise.resolve();
  }

  get count(): number {
    return this.found.size;
  }

  get sliceStats() {
    return this.runner.stats;
  }

  /** The mentions in document order, whatever order they were found in. */
  mentions(): readonly FoundMention[] {
    return this.found.all();
  }

  /** Scans everything again from scratch (after the reader changes settings, say). */
  rescanAll(): Promise<void> {
    for (const root of this.roots.all()) this.queue.enqueue({ kind: 'tree', root, replace: true });
    return this.pump();
  }

  stop(): void {
    this.controller.abort();
    clearTimeout(this.resizeTimer);
    this.roots.stop();
    this.found.clear();
    this.queue.clear();
    this.work.clear();
  }

  private pump(): Promise<void> {
    if (this.controller.signal.aborted) return Promise.resolve();
    this.running ??= this.runner
      .run(() => this.work.step(), this.controller.signal)
      .then(() => {
        this.running = null;
        this.recordsSincePass = 0;
        this.elementsSeen = 0;
        this.visibility.reset();
        this.work.endPass();
        this.found.restoreOrder();
        this.queue.endPass();
        this.options.onChange?.(this);
        if (this.queue.hasChanges || this.found.candidates.length > 0 || this.roots.paused)
          this.queue.scheduleChanges();
        if (this.queue.hasJobs) return this.pump();
      });
    return this.running;
  }

  /** Uses another matcher (the reader changed the languages) and scans everything again. */
  setMatcher(matcher: Matcher): Promise<void> {
    this.options.matcher = matcher;
    this.found.topicEstablished = false;
    return this.rescanAll();
  }

  /**
   * The reader hid mentions by their text, or showed some again: the hidden ones are set aside (and come
   * back when shown again) without reading the page again.
   */
  setHidden(isHidden: (text: string) => boolean): void {
    this.options.hides = isHidden;
    this.found.hideWhere(isHidden);
    this.recheckHidden();
  }

  /** Applies a new cap or scope to the mentions already found, without scanning again. */
  setHighlightPolicy(maxHighlighted: number, scope: HighlightScope): void {
    this.options.maxHighlighted = maxHighlighted;
    this.options.highlightScope = scope;
    this.found.applyHighlightPolicy();
    this.options.onChange?.(this);
  }

  private onMutations(records: MutationRecord[]): void {
    if (this.controller.signal.aborted) return;
    this.recordsSincePass += records.length;
    if (this.recordsSincePass > (this.options.fullReadAfterRecords ?? 1000) && this.readAllInstead()) return;
    const jobs = jobsFromMutations(records);
    let changed = false;
    for (const job of jobs) changed = this.runMutationJob(job) || changed;
    if (this.queue.hasJobs || this.queue.hasChanges) this.queue.scheduleChanges();
    else if (changed) this.options.onChange?.(this);
  }

  /**
   * More records since the last pass than the page has elements (a whole page replaced, a feed churned
   * node by node every frame) cost more, the browser's and ours, than reading every root again does:
   * records stop until the next pass of page-caused work, which takes them again first, drops the
   * mentions whose text left and reads every root. A page changing that much gets cheaper changes too.
   */
  private readAllInstead(): boolean {
    // One native count per pass (the collection is cached; it counts again only after changes).
    this.elementsSeen ||= this.doc.getElementsByTagName('*').length;
    if (this.recordsSincePass <= this.elementsSeen) return false;
    this.roots.pause();
    this.queue.scheduleChanges();
    return true;
  }

  /**
   * The waiting page-caused work is about to run: after a pause, records are taken again, the mentions
   * whose text left go, and every root is read again (queued only now, so the reading comes after).
   */
  private resumeWatching(): void {
    if (!this.roots.paused) return;
    this.roots.resume();
    this.recordsSincePass = 0;
    this.elementsSeen = 0;
    this.found.prune();
    for (const root of this.roots.all()) this.queue.enqueue({ kind: 'tree', root, replace: true });
  }

  /** Runs one job of a mutation batch now, or queues it; true when the mentions changed at once. */
  private runMutationJob(job: ScanJob): boolean {
    const before = this.found.size;
    switch (job.kind) {
      case 'prune':
        for (const block of this.found.prune()) this.queue.enqueue({ kind: 'own-text', block });
        break;
      case 'drop-inside':
        this.found.dropInside(job.root);
        break;
      case 'tree':
        this.queue.enqueueChange({ kind: 'tree', root: job.root, replace: true });
        break;
      case 'own-text':
        this.queue.enqueueChange({ kind: 'own-text', block: job.block });
        break;
      case 'shadow-check':
        this.roots.checkShadowRoots(job.element);
        break;
      case 'sweep':
        this.queue.enqueueChange({ kind: 'sweep', root: job.root, added: true });
        break;
      case 'recheck-hidden':
        if (this.found.hasHidden) this.recheckHidden();
        break;
    }
    return this.found.size !== before;
  }

  private recheckHidden(): void {
    this.visibility.reset();
    this.found.reconsiderHidden();
    this.queue.scheduleChanges();
  }
}
