import type { CDPSession, Page } from '@playwright/test';
import { repeat } from '../stats';
import { addPageHelpers } from '../session';
import { trialGuard } from '../guard';

/** Mutations per second the storm makes (records a MutationObserver on the page would see). */
export const STORM_RATE = 1500;
const TICK_MS = 10;

/** Start a synthetic mutation storm in the console's content area. */
export async function startStorm(page: Page): Promise<void> {
  await addPageHelpers(page);
  // Each added span makes two records (its insertion and its text), the clearing one more.
  await page.evaluate(`ccBench.startStorm(${Math.round((STORM_RATE * TICK_MS) / 1000 / 2)}, ${TICK_MS})`);
}

export async function stopStorm(page: Page): Promise<void> {
  await page.evaluate('ccBench.stopStorm()');
}

/** How many mutation records per second the storm really makes (counted by the page). */
export async function measuredStormRate(page: Page): Promise<number> {
  await startStorm(page);
  const rate = (await page.evaluate('ccBench.countMutations()')) as number;
  await stopStorm(page);
  return rate;
}

interface Coverage {
  result: { url: string; functions: { ranges: { count: number }[] }[] }[];
}

/**
 * Calls per second of the extension's functions (observer callbacks, timers, anything) during a
 * storm, counted exactly by V8's call-count coverage over the extension's scripts in the page.
 */
export async function extensionCallsPerSecond(page: Page, cdp: CDPSession, trials: number, windowMs: number): Promise<number[]> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
  await startStorm(page);
  try {
    return await repeat(trials, async () => {
      await cdp.send('Profiler.takePreciseCoverage'); // resets the counters
      await page.waitForTimeout(windowMs);
      const { result } = (await cdp.send('Profiler.takePreciseCoverage')) as Coverage;
      const calls = result
        .filter((script) => script.url.startsWith('chrome-extension://'))
        .reduce((sum, script) => sum + script.functions.reduce((s, f) => s + (f.ranges[0]?.count ?? 0), 0), 0);
      return calls / (windowMs / 1000);
    });
  } finally {
    await stopStorm(page);
    await cdp.send('Profiler.stopPreciseCoverage');
    await cdp.send('Profiler.disable');
  }
}

/**
 * Main-thread script time (ms) per window during a storm, from Chromium's Performance metrics, on
 * two pages in turn (with and without the extension), so that both see the same conditions.
 */
export async function pairedScripting(pages: [Page, CDPSession][], trials: number, windowMs: number): Promise<number[][]> {
  const scriptSeconds = async (cdp: CDPSession) => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    return metrics.find((m) => m.name === 'ScriptDuration')!.value;
  };
  for (const [, cdp] of pages) await cdp.send('Performance.enable');
  const samples: number[][] = pages.map(() => []);
  const check = trialGuard();
  for (let trial = 0; trial < trials; trial++) {
    check();
    for (const [index, [page, cdp]] of pages.entries()) {
      await startStorm(page);
      await page.waitForTimeout(100); // let the storm settle into its rhythm
      const before = await scriptSeconds(cdp);
      await page.waitForTimeout(windowMs);
      samples[index]!.push(((await scriptSeconds(cdp)) - before) * 1000);
      await stopStorm(page);
    }
  }
  return samples;
}
