import { trialGuard } from './guard';

/** Median and 95th percentile (nearest rank) of some samples, in their unit. */
export interface Summary {
  median: number;
  p95: number;
  n: number;
}

export function summarise(samples: readonly number[]): Summary {
  if (samples.length === 0) return { median: NaN, p95: NaN, n: 0 };
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, p95: at(0.95), n: sorted.length };
}

/** Run `trial` `count` times one after another (trials share a page, so never in parallel). */
export async function repeat(count: number, trial: (index: number) => Promise<number>): Promise<number[]> {
  const samples: number[] = [];
  const check = trialGuard();
  for (let i = 0; i < count; i++) {
    check();
    samples.push(await trial(i));
  }
  return samples;
}
