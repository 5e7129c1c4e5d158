import {
  CHURN_WINDOW_MS,
  churnDelay,
  MAX_CHURN_DELAY_MS,
  createScanQueue,
  type ScanQueue,
  type ScanQueueJob,
} from '../../core/scan-queue';

const drain = (queue: ScanQueue): ScanQueueJob[] => {
  const jobs: ScanQueueJob[] = [];
  for (let job = queue.next(); job; job = queue.next()) jobs.push(job);
  return jobs;
};

const newQueue = (afterRender?: () => Promise<void>) => {
  const calls: string[] = [];
  const run = vi.fn(() => {
    calls.push('run');
    return Promise.resolve();
  });
  const queue = createScanQueue(
    afterRender,
    run,
    () => false,
    () => calls.push('beforeChanges'),
  );
  return { queue, run, calls };
};

describe('churnDelay', () => {
  it('waits nothing after a quiet spell, then doubles while the page goes on changing, up to the cap', () => {
    expect(churnDelay(CHURN_WINDOW_MS, 800)).toBe(0);
    expect(churnDelay(5000, 0)).toBe(0);
    const delays: number[] = [];
    let delay = 0;
    for (let i = 0; i < 5; i++) delays.push((delay = churnDelay(50, delay)));
    expect(delays).toEqual([CHURN_WINDOW_MS, 400, 800, MAX_CHURN_DELAY_MS, MAX_CHURN_DELAY_MS]);
  });
});

describe('ScanQueue', () => {
  it('queues a subtree or a block once while it waits, and again once taken', () => {
    const { queue } = newQueue();
    const root = document.createElement('div');
    const block = document.createElement('p');
    queue.enqueue({ kind: 'tree', root, replace: false });
    queue.enqueue({ kind: 'own-text', block });
    queue.enqueue({ kind: 'tree', root, replace: true });
    queue.enqueue({ kind: 'own-text', block });
    queue.enqueue({ kind: 'sweep', root });
    queue.enqueue({ kind: 'sweep', root });
    expect(drain(queue)).toEqual([
      { kind: 'tree', root, replace: true },
      { kind: 'own-text', block },
      { kind: 'sweep', root },
      { kind: 'sweep', root },
    ]);
    queue.enqueue({ kind: 'own-text', block });
    expect(drain(queue)).toEqual([{ kind: 'own-text', block }]);
  });

  it('runs page-caused work at once without afterRender', () => {
    const { queue, run, calls } = newQueue();
    queue.enqueueChange({ kind: 'own-text', block: document.body });
    expect(queue.hasJobs).toBe(true);
    expect(queue.hasChanges).toBe(false);
    queue.scheduleChanges();
    expect(run).toHaveBeenCalledTimes(1);
    expect(calls).toEqual(['beforeChanges', 'run']);
  });

  it('holds page-caused work until afterRender resolves', async () => {
    let rendered = () => {};
    const afterRender = vi.fn(() => new Promise<void>((resolve) => (rendered = resolve)));
    const { queue, run, calls } = newQueue(afterRender);
    const block = document.createElement('p');
    queue.enqueueChange({ kind: 'own-text', block });
    queue.enqueueChange({ kind: 'own-text', block });
    expect(queue.hasJobs).toBe(false);
    queue.scheduleChanges();
    queue.scheduleChanges();
    expect(afterRender).toHaveBeenCalledTimes(1);
    expect(run).not.toHaveBeenCalled();
    expect(calls).toEqual([]);
    const waiting = queue.waiting;
    rendered();
    await waiting;
    expect(run).toHaveBeenCalledTimes(1);
    expect(calls).toEqual(['beforeChanges', 'run']);
    expect(queue.waiting).toBeNull();
    expect(drain(queue)).toEqual([{ kind: 'own-text', block }]);
  });
});
