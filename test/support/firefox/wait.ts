import { within } from '../timeouts';

/**
 * Wait for a state, never for a time: ask `probe` often (most states arrive within a few hundred
 * ms) until it gives a value; `timeout` (stretched by TIMEOUT_SCALE) only guards against hangs.
 * A probe that throws (a page navigating away under it) counts as "not yet".
 */
export async function waitFor<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeout = 10_000): Promise<T> {
  return waitForMs(what, probe, within(timeout));
}

/** `waitFor` with a timeout already stretched for this machine (e.g. the student's `within(…)`). */
export async function waitForMs<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  const intervals = [50, 100, 100, 200, 250];
  let lastError: unknown;
  for (let i = 0; ; i++) {
    try {
      const value = await probe();
      if (value !== null && value !== undefined && value !== false) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const cause = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${cause}`);
    }
    await sleep(intervals[Math.min(i, intervals.length - 1)]!);
  }
}

/** Like `waitFor`, but false instead of an error when the state does not come. */
export async function becomes(what: string, probe: () => Promise<unknown>, timeout = 10_000): Promise<boolean> {
  return waitFor(what, async () => Boolean(await probe()), timeout).then(
    () => true,
    () => false,
  );
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
