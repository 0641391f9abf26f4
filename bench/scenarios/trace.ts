import type { CDPSession, Page } from '@playwright/test';
import { startStorm, stopStorm } from './idle';
import { attributeTrace, type Attribution, type TraceEvent } from '../trace-attribution';
import { withTimeout } from '../guard';

/** What DevTools' Performance panel records, plus V8's execution events. */
export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', '__metadata'];

/**
 * Trace the page's main thread for `seconds` whole seconds during the mutation storm (with
 * whatever step is running) and attribute its script time to the extension or the page
 * (bench/trace-attribution.ts).
 */
export async function tracedScripting(page: Page, cdp: CDPSession, extensionId: string, seconds: number): Promise<Attribution> {
  const events: TraceEvent[] = [];
  // Playwright types trace events as string maps; they are Chromium's trace event objects.
  const collect = (chunk: { value: unknown[] }) => {
    for (const event of chunk.value) events.push(event as TraceEvent);
  };
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await startStorm(page);
  let tracing = false;
  try {
    await page.waitForTimeout(100); // let the storm settle into its rhythm
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: TRACE_CATEGORIES, recordMode: 'recordAsMuchAsPossible' }, transferMode: 'ReportEvents' });
    tracing = true;
    // The window starts at TracingStartedInBrowser; a little more so that the last second is whole.
    await page.waitForTimeout(seconds * 1000 + 300);
    await cdp.send('Tracing.end');
    tracing = false;
    await withTimeout(complete, 120_000, 'collecting the trace');
  } finally {
    if (tracing) await cdp.send('Tracing.end').catch(() => undefined);
    cdp.off('Tracing.dataCollected', collect);
    await stopStorm(page).catch(() => undefined);
  }
  return attributeTrace(events, extensionId, seconds);
}
