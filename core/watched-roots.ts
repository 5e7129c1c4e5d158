/**
 * The roots the scanner reads and watches for changes: the document and every open shadow root found
 * in it. Shadow roots can appear without a mutation record (attached on a click, or by a custom
 * element once defined): interactions lead to a low-priority sweep for them, and elements not defined
 * yet are polled until they are.
 */
import { composedContains, OWN_UI_TAG } from './dom-rules';
import { EDITING_ATTRIBUTES, VISIBILITY_ATTRIBUTES } from './mutation-jobs';
import type { PageScannerOptions } from './page-scanner';
import type { ScanQueue } from './scan-queue';

const OBSERVE: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: [...VISIBILITY_ATTRIBUTES, ...EDITING_ATTRIBUTES],
};
/** Interactions (a click that attaches a shadow root, say) lead to a sweep for new shadow roots at most this often. */
const SWEEP_INTERVAL_MS = 1000;

/** What the roots tell the scanner. */
export interface WatchedRootsEvents {
  /** runs the queued jobs */
  pump(): void;
  onMutations(records: MutationRecord[]): void;
  /** a toggle event inside a watched shadow root (toggle events do not leave a shadow tree) */
  onToggle(): void;
}

export function createWatchedRoots(
  doc: Document,
  options: Pick<PageScannerOptions, 'undefinedPollMs'>,
  queue: ScanQueue,
  signal: AbortSignal,
  host: WatchedRootsEvents,
) {
  const roots = new Set<Node>();
  const MO = doc.defaultView?.MutationObserver;
  const observer = MO ? new MO((records) => host.onMutations(records)) : null;
  /** custom elements not defined yet: each may get a shadow root once defined (no mutation record says so) */
  const undefinedElements = new Set<Element>();
  let undefinedTimer: ReturnType<typeof setTimeout> | undefined;
  let sweepTimer: ReturnType<typeof setTimeout> | undefined;
  let lastSweep = -Infinity;
  let paused = false;

  const watch = (root: Node): void => {
    if (roots.has(root)) return;
    roots.add(root);
    if (!paused) observer?.observe(root, OBSERVE);
    // toggle events do not leave a shadow tree.
    if (root.nodeType === 11)
      root.addEventListener('toggle', host.onToggle, { capture: true, passive: true, signal });
  };

  /** A shadow root found: watched, and read as a root of its own. */
  const onShadowRoot = (shadow: ShadowRoot): void => {
    // The extension's own card is never the page's text.
    if (roots.has(shadow) || shadow.host.nodeName === OWN_UI_TAG) return;
    watch(shadow);
    queue.enqueue({ kind: 'tree', root: shadow, replace: false });
  };

  /** `element` and its ancestors: a shadow root attached since the last look is scanned. */
  const checkShadowRoots = (element: Element): void => {
    for (let el: Element | null = element; el; el = el.parentElement) {
      const shadow = el.shadowRoot;
      if (shadow && !roots.has(shadow)) onShadowRoot(shadow);
    }
  };

  const pollUndefined = (): void => {
    if (undefinedTimer !== undefined || undefinedElements.size === 0 || signal.aborted) return;
    undefinedTimer = setTimeout(() => {
      undefinedTimer = undefined;
      for (const element of undefinedElements) {
        if (!element.isConnected) undefinedElements.delete(element);
        else if (element.shadowRoot) {
          undefinedElements.delete(element);
          checkShadowRoots(element);
        } else if (element.matches(':defined')) {
          undefinedElements.delete(element);
          // Defined now: its constructor or connectedCallback may have attached a shadow root.
          queue.enqueue({ kind: 'sweep', root: element });
        }
      }
      if (queue.hasJobs) host.pump();
      pollUndefined();
    }, options.undefinedPollMs ?? 250);
  };

  /** A low-priority look at every element of every watched root for a shadow root attached since. */
  const sweepForShadowRoots = (): void => {
    if (signal.aborted) return;
    lastSweep = performance.now();
    for (const root of roots) queue.enqueue({ kind: 'sweep', root });
    host.pump();
  };

  const onInteraction = (): void => {
    if (sweepTimer !== undefined) return;
    const wait = Math.max(0, lastSweep + SWEEP_INTERVAL_MS - performance.now());
    // After the page's own handlers (and the frame they render) have run.
    sweepTimer = setTimeout(
      () => {
        sweepTimer = undefined;
        sweepForShadowRoots();
      },
      Math.max(wait, 100),
    );
  };
  for (const type of ['click', 'keyup'] as const)
    doc.defaultView?.addEventListener(type, onInteraction, { capture: true, passive: true, signal });

  return {
    /** Every root watched so far. */
    all: (): Iterable<Node> => roots,
    watch,
    onShadowRoot,
    checkShadowRoots,
    /**
     * Shadow roots of known hosts under `root` (moved there, say) are read again: their text may now show
     * or hide, even when `root` itself is not read (added inside an editor, whose shadow roots still are).
     */
    rereadShadowRootsUnder(root: Node): void {
      for (const observed of roots) {
        const shadowHost = (observed as Partial<ShadowRoot>).host;
        if (shadowHost && composedContains(root, shadowHost))
          queue.enqueue({ kind: 'tree', root: observed, replace: true });
      }
    },
    /** An element without a shadow root: a custom element still waiting for its definition may get one once defined. */
    noteShadowless(element: Element): void {
      if (element.nodeName.includes('-') && !undefinedElements.has(element) && !element.matches(':defined')) {
        undefinedElements.add(element);
        pollUndefined();
      }
    },
    /**
     * Stops receiving mutation records until resume(); the caller reads every root again after resuming,
     * since what changed meanwhile is not known.
     */
    pause(): void {
      paused = true;
      observer?.disconnect();
    },
    resume(): void {
      if (!paused || signal.aborted) return;
      paused = false;
      for (const root of roots) observer?.observe(root, OBSERVE);
    },
    get paused() {
      return paused;
    },
    stop(): void {
      observer?.disconnect();
      clearTimeout(undefinedTimer);
      clearTimeout(sweepTimer);
      undefinedElements.clear();
    },
  };
}

/** The roots of one scanner. */
export type WatchedRoots = ReturnType<typeof createWatchedRoots>;
