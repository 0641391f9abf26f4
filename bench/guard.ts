/**
 * Guards that keep the benchmark from hanging: every wait on the browser has a deadline, and a
 * figure that cannot be measured is reported as such (with the reason) instead of stopping the run.
 */

/** A figure's outcome: its value, or why it could not be measured. */
export type Measured<T> = { ok: true; value: T } | { ok: false; reason: string };

export class TimeoutError extends Error {}

/** `promise`, or a TimeoutError naming `what` after `ms`. The promise itself is not cancelled. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`${what}: no answer after ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 200);

/**
 * Measure one figure within `ms`. On failure or timeout the reason is logged and returned, and
 * `recover` (e.g. reloading the page, which also ends evaluations still pending in it) runs so
 * that the next figure starts from a known state.
 */
export async function measure<T>(what: string, ms: number, run: () => Promise<T>, recover?: () => Promise<unknown>): Promise<Measured<T>> {
  try {
    return { ok: true, value: await withTimeout(run(), ms, what) };
  } catch (error) {
    const reason = firstLine(error);
    console.error(`▸ NOT MEASURED: ${what}: ${reason}`);
    if (recover) await withTimeout(recover(), 60_000, `recovering after ${what}`).catch((e: unknown) => console.error(`▸ recovery failed: ${firstLine(e)}`));
    return { ok: false, reason };
  }
}

/** The longest one trial may take (a page load, a callout) before the figure is given up. */
export const TRIAL_MS = 30_000;
