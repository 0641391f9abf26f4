import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { ROOT_DIR } from '../support/launch';
import type { FirefoxPractice } from '../support/firefox/launch';
import { waitFor } from '../support/firefox/wait';

/** Where the Firefox suite saves what the screen showed. */
export const SCREENS = join(ROOT_DIR, 'test-results', 'firefox');
mkdirSync(SCREENS, { recursive: true });

export const IAM_HOME = 'https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/home';

/** What the page shows of the coach (the test build's shadow root is open). */
export interface OverlayView {
  hosts: number;
  shadow: string | null;
  dock: boolean;
  stepId: string | null;
  state: string | null;
}

export function overlayView(page: Page): Promise<OverlayView> {
  return page.evaluate(() => {
    const hosts = document.querySelectorAll('console-coach-overlay');
    const root = hosts[0]?.shadowRoot;
    const callout = root?.querySelector('[data-cc="callout"]');
    return {
      hosts: hosts.length,
      shadow: root?.mode ?? null,
      dock: !!root?.querySelector('[data-cc="dock"]'),
      stepId: callout?.getAttribute('data-step-id') ?? null,
      state: callout?.getAttribute('data-state') ?? null,
    };
  });
}

/**
 * The page has loaded and gone idle: Firefox runs `document_idle` content scripts by then, so a
 * coach that is not there now was not injected. (A state to wait for, not a time.)
 */
export async function settled(page: Page): Promise<void> {
  await waitFor('the page to load', () => page.evaluate(() => document.readyState === 'complete'));
  for (let i = 0; i < 2; i++) {
    await page.evaluate(() => new Promise<boolean>((resolve) => requestIdleCallback(() => requestAnimationFrame(() => resolve(true)), { timeout: 2_000 })));
  }
}

/** Click a button by its text inside `scope` (a CSS selector), with the mouse, as a person would. */
export async function clickButton(page: Page, scope: string, name: string): Promise<void> {
  const at = await waitFor(`the button "${name}" in ${scope}`, () =>
    page.evaluate(
      (sel, wanted) => {
        const button = [...document.querySelectorAll(`${sel} button`)].find((b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').replace(/\s+/g, ' ').trim() === wanted);
        if (!button || (button as HTMLButtonElement).disabled) return null;
        button.scrollIntoView({ block: 'center' });
        const r = button.getBoundingClientRect();
        return r.width > 0 ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
      },
      scope,
      name,
    ),
  );
  await page.mouse.click(at.x, at.y);
}

/** Text of the first element matching `selector`, once it exists. */
export function textOf(page: Page, selector: string): Promise<string> {
  return page.evaluate((sel) => document.querySelector<HTMLElement>(sel)?.innerText ?? '', selector);
}

/** Start a pack from the popup and return the console tab the extension opens for it. */
export async function startFromPopup(practice: FirefoxPractice, popup: Page, packId: string, button = 'Start'): Promise<Page> {
  const before = new Set(await practice.webPages());
  await clickButton(popup, `[data-pack-id="${packId}"]`, button);
  const tab = await waitFor('the console tab the popup opens', async () => (await practice.webPages()).find((p) => !before.has(p)));
  // Tabs the extension opens get the window's size; the tests look at 1440×900, as in Chromium.
  await tab.setViewport({ width: 1440, height: 900 });
  return tab;
}

/** A screenshot under test-results/firefox/, returned for the test's log. */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<string> {
  const path = join(SCREENS, `${name}.png`) as `${string}.png`;
  await page.screenshot({ path, fullPage });
  return path;
}
