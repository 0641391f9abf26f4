/**
 * Timeouts in the browser tests guard against hangs; they never measure speed. On a slower or
 * busier machine every wait takes longer, so all of them stretch by one factor: TIMEOUT_SCALE, or
 * 3 under CI (which shares its two cores with whatever else runs), else 1.
 */
export const TIMEOUT_SCALE = Number(process.env.TIMEOUT_SCALE ?? (process.env.CI ? 3 : 1));

/** A timeout of `ms` on a quiet machine, stretched for this one. */
export const within = (ms: number): number => Math.round(ms * TIMEOUT_SCALE);
