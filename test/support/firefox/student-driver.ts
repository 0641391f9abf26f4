import type { Page } from 'puppeteer-core';
import { CANARY } from '../../practice-console/src/state/secrets';
import type { Box, CalloutReading, StudentPage } from '../student';
import { becomes, sleep, waitFor, waitForMs } from './wait';

/*
 * The functions below run in the page (puppeteer sends their source): no named inner functions
 * and no imports in them. The overlay's shadow root is open in the test build.
 */

/** Where a coach button is (scrolled into view), or null while the callout shows none by that name. */
async function coachButtonAt(page: Page, name: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((wanted) => {
    const callout = document.querySelector('console-coach-overlay')?.shadowRoot?.querySelector('[data-cc="callout"]');
    const exact = wanted === 'Done';
    const button = [...(callout?.querySelectorAll('button') ?? [])].find((b) => {
      const label = (b.getAttribute('aria-label') ?? b.textContent ?? '').replace(/\s+/g, ' ').trim();
      return exact ? label === wanted : label.toLowerCase().includes(wanted.toLowerCase());
    });
    if (!button) return null;
    button.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const r = button.getBoundingClientRect();
    return r.width > 0 && r.height > 0 ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
  }, name);
}

/** The student's eyes and hands on one Firefox tab, through puppeteer (WebDriver BiDi). */
export function firefoxStudentPage(page: Page): StudentPage {
  const readCallout = (): Promise<CalloutReading> =>
    page
      .evaluate(() => {
        const callout = document.querySelector('console-coach-overlay')?.shadowRoot?.querySelector('[data-cc="callout"]');
        if (!callout) return { stepId: null, state: null, matches: null, text: null };
        return { stepId: callout.getAttribute('data-step-id'), state: callout.getAttribute('data-state'), matches: callout.getAttribute('data-matches'), text: callout.textContent };
      })
      .catch(() => ({ stepId: null, state: null, matches: null, text: null }));
  const spotlightBox = (): Promise<Box | null> =>
    page
      .evaluate(() => {
        const spot = document.querySelector('console-coach-overlay')?.shadowRoot?.querySelector('[data-cc="spotlight"]');
        if (!spot) return null;
        const r = spot.getBoundingClientRect();
        return r.width > 0 || r.height > 0 ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
      })
      .catch(() => null);
  return {
    url: () => page.url(),
    waitForCallout: (timeoutMs) =>
      waitForMs('the callout', async () => (await readCallout()).stepId !== null, timeoutMs).then(
        () => true,
        () => false,
      ),
    readCallout,
    pressCoachButton: async (name, keyboard) => {
      if (keyboard) throw new Error('The Firefox student uses the mouse');
      const at = await waitFor(`the coach's ${name} button`, () => coachButtonAt(page, name).catch(() => null), 5_000).catch(() => null);
      if (!at) return false; // it went away: the step moved on
      await page.mouse.click(at.x, at.y);
      return true;
    },
    seesCoachButton: async (name) => (await coachButtonAt(page, name).catch(() => null)) !== null,
    hasSpotlight: () => page.evaluate(() => !!document.querySelector('console-coach-overlay')?.shadowRoot?.querySelector('[data-cc="spotlight"]')).catch(() => false),
    spotlightBox,
    revealSecrets: async () => {
      // One at a time, with the mouse, as a person would; each is scrolled into view first.
      for (let i = 0; ; i++) {
        const at = await page
          .evaluate((index) => {
            const shows = [...document.querySelectorAll('#root button')].filter((b) => /^Show( secret key)?$/.test((b.getAttribute('aria-label') ?? b.textContent ?? '').trim()));
            const button = shows[index];
            if (!button) return null;
            button.scrollIntoView({ block: 'center' });
            const r = button.getBoundingClientRect();
            return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
          }, i)
          .catch(() => null);
        if (!at) break;
        await page.mouse.click(at.x, at.y);
      }
      return page.evaluate((canary) => (document.querySelector<HTMLElement>('#root')?.innerText ?? '').includes(canary), CANARY).catch(() => false);
    },
    elementAt: (x, y) =>
      page.evaluate(
        (px, py) => {
          const el = document.elementFromPoint(px, py);
          return el ? { tag: el.tagName, type: (el as HTMLInputElement).type ?? '' } : null;
        },
        x,
        y,
      ),
    click: (x, y) => page.mouse.click(x, y),
    typeReplacing: async (text) => {
      await page.keyboard.down('Control');
      await page.keyboard.press('a');
      await page.keyboard.up('Control');
      await page.keyboard.type(text);
    },
    waitForLoad: async () => {
      await becomes('the page to load', () => page.evaluate(() => document.readyState === 'complete'));
    },
    pause: (ms) => sleep(ms),
    waitForStepChange: async (stepId) => {
      await becomes(`a step after "${stepId}"`, async () => {
        const now = await readCallout();
        return now.stepId !== stepId || now.text?.includes('Tutorial complete');
      });
    },
  };
}
