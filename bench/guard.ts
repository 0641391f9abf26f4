/**
 * Guards that keep the benchmark from hanging: every wait on the browser has a deadline, and a
 * figure that cannot be measured is reported as such (with the reason) instead of stopping the run.
 */

/** A figure's outcome: its value, or why it could not be measured. */
export type Measured<T> = { ok: true; value: T } | { ok: false; reason: string };

/** The longest one trial may take (a page load, a callout) before the figure is given up. */
export const TRIAL_MS = 30_000;

export class TimeoutError extends Error {}

const seconds = (ms: number) => (ms < 10_000 ? (ms / 1000).toFixed(1) : String(Math.round(ms / 1000)));

/** `promise`, or `error` after `ms`. The promise itself is not cancelled. */
function race<T>(promise: Promise<T>, ms: number, error: () => Error): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(error()), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/** `promise`, or a TimeoutError naming `what` after `ms`. The promise itself is not cancelled. */
export const withTimeout = <T>(promise: Promise<T>, ms: number, what: string): Promise<T> =>
  race(promise, ms, () => new TimeoutError(`${what}: no answer after ${seconds(ms)} s`));

/** Raised by every figure given up so far: trial loops of a given-up figure stop at their next trial. */
let givenUp = 0;

/** For a trial loop: a check that throws once the figure it belongs to has been given up. */
export function trialGuard(): () => void {
  const at = givenUp;
  return () => {
    if (givenUp !== at) throw new Error('the figure was given up');
  };
}

const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 200);

/**
 * Measure one figure within `ms`. On failure or timeout the reason is logged and returned, and
 * `recover` (e.g. reloading the page, which also ends evaluations still pending in it) runs so
 * that the next figure starts from a known state.
 */
export async function measure<T>(what: string, ms: number, run: () => Promise<T>, recover?: () => Promise<unknown>): Promise<Measured<T>> {
  try {
    return { ok: true, value: await race(run(), ms, () => new TimeoutError(`gave up after ${seconds(ms)} s`)) };
  } catch (error) {
    givenUp++; // a run() past its deadline may still be going: its trial loop stops before its next trial
    const reason = firstLine(error);
    console.error(`▸ NOT MEASURED: ${what}: ${reason}`);
    if (recover) await withTimeout(recover(), 60_000, `recovering after ${what}`).catch((e: unknown) => console.error(`▸ recovery failed: ${firstLine(e)}`));
    return { ok: false, reason };
  }
}
