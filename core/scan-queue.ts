/**
 * The scanner's queue of jobs. Jobs for one block or subtree fold into one while they wait, and jobs a
 * page change caused wait for the browser's next frame, longer while the page goes on changing.
 */

export type ScanQueueJob =
  | { kind: 'tree'; root: Node; replace: boolean }
  | { kind: 'own-text'; block: Node }
  /** `added`: a subtree just added to the page, whose known shadow roots are read again as well */
  | { kind: 'sweep'; root: Node; added?: boolean };

type TreeJob = Extract<ScanQueueJob, { kind: 'tree' }>;

/**
 * Work caused by page changes that follows other such work this closely waits this long instead of one
 * frame, twice as long each time the page goes on changing, up to MAX_CHURN_DELAY_MS.
 */
export const CHURN_WINDOW_MS = 200;
export const MAX_CHURN_DELAY_MS = 1000;

/**
 * How long page-caused work waits before its next pass (besides the next frame): nothing when the last
 * pass ended CHURN_WINDOW_MS or more ago, else the previous wait doubled, within the bounds above.
 */
export function churnDelay(msSinceLastChangeWork: number, previousDelay: number): number {
  return msSinceLastChangeWork < CHURN_WINDOW_MS
    ? Math.min(MAX_CHURN_DELAY_MS, Math.max(CHURN_WINDOW_MS, previousDelay * 2))
    : 0;
}

/**
 * `afterRender`: waited for before work that page changes caused, so the browser renders the new
 * content first (PageScannerOptions.afterRender); without it, such work runs at once. `run` runs the
 * queued jobs (the scanner's pump); `isRunning` says whether a pass is under way (it schedules the
 * waiting changes when it ends); `beforeChanges` runs when the waiting changes are about to be read.
 */
export function createScanQueue(
  afterRender: (() => Promise<void>) | undefined,
  run: () => Promise<void>,
  isRunning: () => boolean,
  beforeChanges: () => void,
) {
  const jobs: ScanQueueJob[] = [];
  /** page-caused jobs waiting for scheduleChanges */
  const changes: ScanQueueJob[] = [];
  const pendingBlocks = new Set<Node>();
  const pendingTrees = new Map<Node, TreeJob>();
  let changeWait: Promise<void> | null = null;
  let passHasChanges = false;
  let lastChangeWork = -Infinity;
  let delay = 0;

  /** Queues a job to run next; a block or subtree already waiting is not queued twice. */
  const enqueue = (job: ScanQueueJob, queue: ScanQueueJob[] = jobs): void => {
    if (job.kind === 'own-text') {
      if (pendingBlocks.has(job.block)) return;
      pendingBlocks.add(job.block);
    }
    if (job.kind === 'tree') {
      // A page that churns the same subtree every frame queues it once, however far behind the scan is.
      const queued = pendingTrees.get(job.root);
      if (queued) {
        queued.replace ||= job.replace;
        return;
      }
      pendingTrees.set(job.root, job);
    }
    queue.push(job);
  };

  return {
    get hasJobs() {
      return jobs.length > 0;
    },
    get hasChanges() {
      return changes.length > 0;
    },
    /** The wait for the next pass of page-caused work, or null. */
    get waiting(): Promise<void> | null {
      return changeWait;
    },
    enqueue: (job: ScanQueueJob) => enqueue(job),
    /** Queues work a page change caused: it waits for the next frame (scheduleChanges); without afterRender, it runs now. */
    enqueueChange: (job: ScanQueueJob) => enqueue(job, afterRender ? changes : jobs),
    /** The next job to run, taken off the queue (a block or subtree can be queued again from now on). */
    next(): ScanQueueJob | undefined {
      const job = jobs.shift();
      if (job?.kind === 'own-text') pendingBlocks.delete(job.block);
      if (job?.kind === 'tree') pendingTrees.delete(job.root);
      return job;
    },
    /**
     * Runs the work page changes caused after the browser's next frame, once nothing else runs. A page that
     * changes every frame (a live feed) is read a few times a second, then once a second, not every
     * frame; its queued jobs fold meanwhile (one per subtree or block), and the page's changes during a
     * pass wait for the next one instead of stretching it.
     */
    scheduleChanges(): void {
      if (!afterRender) {
        beforeChanges();
        void run();
        return;
      }
      if (changeWait !== null || isRunning()) return; // the pass under way calls again
      delay = churnDelay(performance.now() - lastChangeWork, delay);
      const wait =
        delay > 0
          ? new Promise<void>((resolve) => setTimeout(resolve, delay)).then(afterRender)
          : afterRender();
      changeWait = wait.then(() => {
        changeWait = null;
        beforeChanges();
        for (const job of changes) jobs.push(job);
        changes.length = 0;
        passHasChanges = true;
        return run();
      });
    },
    /** A pass of the work loop ended: when it ran page-caused work, the page counts as churning for a while. */
    endPass(): void {
      if (passHasChanges) lastChangeWork = performance.now();
      passHasChanges = false;
    },
    clear(): void {
      jobs.length = 0;
      changes.length = 0;
      pendingTrees.clear();
      pendingBlocks.clear();
    },
  };
}

/** The queue of one scanner. */
export type ScanQueue = ReturnType<typeof createScanQueue>;
