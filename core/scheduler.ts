/** Cooperative time slicing: long work runs in short tasks so the page stays responsive. */
export type YieldToPage = () => Promise<void>;

interface SchedulerGlobal {
  scheduler?: { yield?: () => Promise<void> };
  MessageChannel?: typeof MessageChannel;
}

/** The cheapest way this browser offers to give the main thread back and resume soon after. */
export function createYieldToPage(win: typeof globalThis): YieldToPage {
  const g = win as unknown as SchedulerGlobal;
  const schedulerYield = g.scheduler?.yield;
  if (typeof schedulerYield === 'function') return () => schedulerYield.call(g.scheduler);
  if (g.MessageChannel) {
    const channel = new g.MessageChannel();
    const waiting: Array<() => void> = [];
    channel.port1.onmessage = () => waiting.shift()?.();
    return () =>
      new Promise<void>((resolve) => {
        waiting.push(resolve);
        channel.port2.postMessage(null);
      });
  }
  return () => new Promise<void>((resolve) => setTimeout(resolve, 0));
}

/**
 * Resolves once the browser has rendered its next frame, so work that reads styles finds them computed
 * instead of forcing them; after 100 ms at the latest, since hidden tabs render no frames.
 */
export function createAfterRender(win: typeof globalThis): () => Promise<void> {
  return () =>
    new Promise<void>((resolve) => {
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        resolve();
      };
      win.requestAnimationFrame(() => win.setTimeout(finish, 0));
      win.setTimeout(finish, 100);
    });
}

export interface SliceStats {
  /** the longest slice run so far, in milliseconds */
  longestSliceMs: number;
  /** main-thread time spent in slices */
  totalMs: number;
  slices: number;
}

/**
 * Runs `step` until it returns false, yielding to the page whenever a slice has used `budgetMs`.
 * Keeps its own measurements so a benchmark can check the longest task.
 */
export class SlicedRunner {
  readonly stats: SliceStats = { longestSliceMs: 0, totalMs: 0, slices: 0 };

  constructor(
    private readonly yieldToPage: YieldToPage,
    private readonly budgetMs = 8,
  ) {}

  async run(step: () => boolean, signal?: AbortSignal): Promise<void> {
    let sliceStart = performance.now();
    for (;;) {
      if (signal?.aborted) break;
      const more = step();
      const elapsed = performance.now() - sliceStart;
      if (!more) {
        this.record(elapsed);
        return;
      }
      if (elapsed >= this.budgetMs) {
        this.record(elapsed);
        await this.yieldToPage();
        sliceStart = performance.now();
      }
    }
    this.record(performance.now() - sliceStart);
  }

  private record(ms: number): void {
    this.stats.slices++;
    this.stats.totalMs += ms;
    if (ms > this.stats.longestSliceMs) this.stats.longestSliceMs = ms;
  }
}
