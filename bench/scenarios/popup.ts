import type { BrowserContext } from '@playwright/test';
import { repeat } from '../stats';

/** From opening popup.html (navigation start) to every checklist row rendered, `trials` times. */
export async function popupToChecklist(context: BrowserContext, extensionId: string, rows: number, trials: number): Promise<number[]> {
  const page = await context.newPage();
  // Plain script text: it runs in the popup before its own scripts.
  await page.addInitScript({
    content: `new MutationObserver((_, observer) => {
      if (document.querySelectorAll('.cc-checklist [data-step-id]').length < ${rows}) return;
      window.ccRendered = performance.now();
      observer.disconnect();
    }).observe(document, { subtree: true, childList: true });`,
  });
  try {
    return await repeat(trials, async () => {
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      // Functions, not strings: the extension page's CSP forbids evaluating strings.
      await page.waitForFunction(() => (window as unknown as { ccRendered?: number }).ccRendered !== undefined);
      return page.evaluate(() => (window as unknown as { ccRendered: number }).ccRendered);
    });
  } finally {
    await page.close();
  }
}
