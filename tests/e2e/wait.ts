/** Waiting helpers shared by the end-to-end tests. */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Reads until `done` holds or `timeoutMs` passes; returns the last value either way (the test asserts on it). */
export async function poll<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 10_000,
  everyMs = 50,
): Promise<T> {
  const start = Date.now();
  let value = await read();
  while (!done(value) && Date.now() - start < timeoutMs) {
    await sleep(everyMs);
    value = await read();
  }
  return value;
}
