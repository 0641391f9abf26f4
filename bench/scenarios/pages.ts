import type { BrowserContext } from '@playwright/test';
import { repeat } from '../stats';
import { withTimeout, TRIAL_MS } from '../guard';

/**
 * From opening one of the extension's pages (navigation start) to it being ready: `count`
 * elements matching `selector` in its DOM. Each trial is a fresh load of the page in one tab.
 */
export async function extensionPageReady(context: BrowserContext, url: string, selector: string, count: number, trials: number): Promise<number[]> {
  const page = await context.newPage();
  // Plain script text: it runs in the page before its own scripts, and records performance.now()
  // (milliseconds from navigation start) when the last expected element appears.
  await page.addInitScript({
    content: `new MutationObserver((_, observer) => {
      if (document.querySelectorAll(${JSON.stringify(selector)}).length < ${count}) return;
      window.ccReady = performance.now();
      observer.disconnect();
    }).observe(document, { subtree: true, childList: true });`,
  });
  try {
    return await repeat(trials, async () => {
      await page.goto(url);
      // Functions, not strings: the extension page's CSP forbids evaluating strings.
      await page.waitForFunction(() => (window as unknown as { ccReady?: number }).ccReady !== undefined, undefined, { timeout: TRIAL_MS });
      return page.evaluate(() => (window as unknown as { ccReady: number }).ccReady);
    });
  } finally {
    await withTimeout(page.close(), 30_000, 'closing the tab').catch(() => undefined);
  }
}

/** The toolbar popup (opened as a tab) ready: every row of the running pack's checklist. */
export const popupReady = (context: BrowserContext, extensionId: string, rows: number, trials: number) =>
  extensionPageReady(context, `chrome-extension://${extensionId}/popup.html`, '.cc-checklist [data-step-id]', rows, trials);

/** The pack library (the options page) ready: a row for each of the packs the benchmark installed. */
export const libraryReady = (context: BrowserContext, extensionId: string, packIdPrefix: string, packs: number, trials: number) =>
  extensionPageReady(context, `chrome-extension://${extensionId}/options.html`, `.cc-pack-list .cc-pack[data-pack-id^="${packIdPrefix}"]`, packs, trials);
