import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect } from './fixtures';
import { CANARY } from '../practice-console/src/state/secrets';
import { dictionary, parseLanguage } from '../practice-console/src/i18n';
import { within } from '../support/timeouts';
import { playPack, type PlayOptions, type PlayedStep, type StudentPage } from '../support/student';
import { aimAt, aimAtPoint, operate, tabToTarget } from './keyboard';

export type { PlayedStep };

/**
 * Play a pack the way a student would, in Chromium (the student itself is test/support/student.ts).
 * With `keyboard`, the student never touches the mouse: Tab and Shift+Tab (arrows inside a radio
 * group or tab list) to the spotlighted control or the coach's button, then typing, Space or Enter.
 */
export async function playAsStudent(context: BrowserContext, startPage: Page, values: Record<string, string>, options: PlayOptions = {}): Promise<{ played: PlayedStep[]; secretsSeen: number }> {
  const drivers = new WeakMap<Page, StudentPage>();
  const driverOf = (page: Page) => drivers.get(page) ?? drivers.set(page, playwrightStudentPage(page)).get(page)!;
  // The student may have been taken to another tab or page: follow the most recent one.
  const pageNow = (previous: StudentPage) => {
    const latest = context.pages().filter((p) => !p.url().startsWith('chrome-extension://')).at(-1);
    return latest ? driverOf(latest) : previous;
  };
  return playPack(pageNow, driverOf(startPage), values, options);
}

/** The student's eyes and hands on one Chromium page (the overlay's shadow root is open in the test build). */
function playwrightStudentPage(page: Page): StudentPage {
  const callout = page.locator('console-coach-overlay [data-cc="callout"]');
  const spotlight = page.locator('console-coach-overlay [data-cc="spotlight"]');
  const button = (name: string) => callout.getByRole('button', { name, exact: name === 'Done' });
  return {
    url: () => page.url(),
    waitForCallout: (timeout) =>
      callout.waitFor({ timeout }).then(
        () => true,
        () => false,
      ),
    readCallout: async () => {
      const [stepId, state, matches, text] = await Promise.all([
        callout.getAttribute('data-step-id'),
        callout.getAttribute('data-state'),
        callout.getAttribute('data-matches'),
        callout.textContent(),
      ]).catch(() => [null, null, null, null] as const);
      return { stepId, state, matches, text };
    },
    pressCoachButton: (name, keyboard) => press(page, button(name), keyboard),
    seesCoachButton: (name) => button(name).isVisible().catch(() => false),
    hasSpotlight: async () => (await spotlight.count()) > 0,
    spotlightBox: () => spotlight.boundingBox(),
    revealSecrets: async (keyboard) => {
      for (const show of await page.locator('#root').getByRole('button', { name: await showButtonNames(page) }).all()) await (keyboard ? show.press('Enter') : show.click()).catch(() => undefined);
      return (await page.locator('#root').innerText().catch(() => '')).includes(CANARY);
    },
    elementAt: (x, y) =>
      page.evaluate(([px, py]) => {
        const el = document.elementFromPoint(px!, py!);
        return el ? { tag: el.tagName, type: (el as HTMLInputElement).type ?? '' } : null;
      }, [x, y]),
    click: (x, y) => page.mouse.click(x, y),
    typeReplacing: async (text) => {
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(text);
    },
    operateWithKeyboard: async (x, y, value) => {
      const kind = await aimAtPoint(page, x, y);
      if (kind === null) return null;
      await tabToTarget(page);
      await operate(page, kind, value);
      return kind;
    },
    waitForLoad: () => page.waitForLoadState(),
    pause: (ms) => page.waitForTimeout(ms),
    waitForStepChange: (stepId) => waitForChange(callout, stepId),
  };
}

/** The console's "Show" buttons for secrets, in the page's language. */
async function showButtonNames(page: Page): Promise<RegExp> {
  const language = parseLanguage(await page.evaluate(() => document.documentElement.lang).catch(() => 'en')) ?? 'en';
  const names = ['Show', 'Show secret key'].map((name) => (language === 'en' ? name : (dictionary(language)[name] ?? name)));
  return new RegExp(`^(${names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`);
}

/**
 * Press one of the coach's buttons: a click, or Tab to it and Enter. False when the button went
 * away first (the step moved on), so the student looks at the callout again instead of waiting.
 */
async function press(page: Page, button: Locator, keyboard: boolean): Promise<boolean> {
  try {
    if (!keyboard) {
      await button.click({ timeout: within(5_000) });
      return true;
    }
    await button.waitFor({ timeout: within(5_000) });
    await aimAt(button);
    await tabToTarget(page);
    await page.keyboard.press('Enter');
    return true;
  } catch (error) {
    if (await button.isVisible().catch(() => false)) throw error;
    return false;
  }
}

/** Until the step changes; polled often, as most steps move on within a few hundred milliseconds. */
async function waitForChange(callout: Locator, stepId: string) {
  await expect
    .poll(async () => (await callout.getAttribute('data-step-id', { timeout: within(1_000) }).catch(() => null)) !== stepId || (await callout.textContent().catch(() => ''))?.includes('Tutorial complete'), { timeout: within(10_000), intervals: [50, 100, 100, 200, 250] })
    .toBe(true)
    .catch(() => undefined);
}
