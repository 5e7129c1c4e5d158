// Time slicing (core/scheduler.ts): the runner yields once a slice has used its budget, and the
// after-render wait gives up on frames after 100 ms (hidden tabs render none).
import { createAfterRender, SlicedRunner } from '../../core/scheduler';

test('the runner yields to the page each time a slice has used its budget, and counts its slices', async () => {
  let now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  const log: string[] = [];
  const runner = new SlicedRunner(async () => {
    log.push('yield');
  }, 8);
  let steps = 0;
  await runner.run(() => {
    now += 3;
    log.push(`step ${++steps}`);
    return steps < 7;
  });
  expect(log).toEqual([
    'step 1',
    'step 2',
    'step 3',
    'yield',
    'step 4',
    'step 5',
    'step 6',
    'yield',
    'step 7',
  ]);
  expect(runner.stats).toEqual({ longestSliceMs: 9, totalMs: 21, slices: 3 });
});

test('an aborted run stops before its next step', async () => {
  const controller = new AbortController();
  let steps = 0;
  await new SlicedRunner(async () => {}).run(() => {
    if (++steps === 2) controller.abort();
    return true;
  }, controller.signal);
  expect(steps).toBe(2);
});

test('after render: resolves after 100 ms when no frame comes', async () => {
  vi.useFakeTimers();
  try {
    const win = { requestAnimationFrame: () => 0, setTimeout } as unknown as typeof globalThis;
    let done = false;
    void createAfterRender(win)().then(() => (done = true));
    await vi.advanceTimersByTimeAsync(99);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  } finally {
    vi.useRealTimers();
  }
});
