import type { CDPSession, Page } from '@playwright/test';
import { repeat } from '../stats';
import { freshDashboard } from '../session';

/**
 * JS heap in use on a freshly loaded console page after garbage collection (bytes), `trials` times.
 * The content script's isolated world shares the page's heap, so the difference between a page
 * with and one without the extension is what the extension adds.
 */
export async function heapAfterLoad(page: Page, cdp: CDPSession, trials: number, ready: (page: Page) => Promise<void>): Promise<number[]> {
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.enable');
  return repeat(trials, async () => {
    await freshDashboard(page);
    await ready(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    return metrics.find((m) => m.name === 'JSHeapUsedSize')!.value;
  });
}
