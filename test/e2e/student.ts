import type { BrowserContext, Page } from '@playwright/test';
import { expect } from './fixtures';
import { CANARY } from '../practice-console/src/state/secrets';
import { within } from '../support/timeouts';
import { aimAtCoachButton, aimAtPoint, operate, tabToTarget } from './keyboard';

export interface PlayedStep {
  stepId: string;
  /** How the student did it: clicked the spotlight, typed, pressed Done, followed Go there. */
  action: 'click' | 'type' | 'key' | 'done' | 'go-there' | 'waited';
  /** Elements the step's target matched (the pack doctor wants exactly 1). */
  matches?: number;
}

const TEXT_INPUT = /^(text|email|password|search|tel|url|number)$/;

/**
 * Play a pack the way a student would, doing only what the overlay shows: click the spotlighted
 * element (typing `values[stepId]` when it is a text field), press Done on manual steps, follow
 * Go there. With `keyboard`, the student never touches the mouse: Tab and Shift+Tab (arrows inside
 * a radio group or tab list) to the spotlighted control or the coach's button, then typing, Space
 * or Enter. Returns what was done at each step; throws when the overlay leaves the student stuck.
 */
export async function playAsStudent(
  context: BrowserContext,
  startPage: Page,
  values: Record<string, string>,
  /** Stop (without doing it) when this step is current: a checkpoint to save, a variant to start. */
  { until, maxActions = 400, keyboard = false }: { until?: string; maxActions?: number; keyboard?: boolean } = {},
): Promise<{ played: PlayedStep[]; secretsSeen: number }> {
  const revealed = new Set<string>();
  let secretsSeen = 0;
  let page = startPage;
  const played: PlayedStep[] = [];
  let lastKey = '';
  let stuckSince = Date.now();
  for (let i = 0; i < maxActions; i++) {
    // The student may have been taken to another tab or page: follow the most recent one.
    page = context.pages().filter((p) => !p.url().startsWith('chrome-extension://')).at(-1) ?? page;
    const callout = page.locator('console-coach-overlay [data-cc="callout"]');
    try {
      await callout.waitFor({ timeout: within(5_000) });
    } catch {
      continue; // navigating
    }
    const [stepId, state, matches, text] = await Promise.all([
      callout.getAttribute('data-step-id'),
      callout.getAttribute('data-state'),
      callout.getAttribute('data-matches'),
      callout.textContent(),
    ]).catch(() => [null, null, null, null] as const);
    if (!stepId || !state) continue;
    if (stepId === until) return { played, secretsSeen };
    if (text?.includes('Tutorial complete')) return { played, secretsSeen };
    const key = `${stepId}:${state}`;
    if (key !== lastKey) {
      lastKey = key;
      stuckSince = Date.now();
    } else if (Date.now() - stuckSince > within(20_000)) {
      throw new Error(`The student is stuck at step "${stepId}" (${state}): ${text}`);
    }
    if (state === 'missing' || state === 'blocked') throw new Error(`Step "${stepId}" is ${state}: ${text}`);
    if (state === 'elsewhere') {
      // The step may move on meanwhile (a flash after the page changed): then look again.
      if (!(await press(page, callout.getByRole('button', { name: 'Go there' }), keyboard))) continue;
      played.push({ stepId, action: 'go-there' });
      await page.waitForLoadState();
      continue;
    }
    if (state === 'waiting') {
      await page.waitForTimeout(200);
      continue;
    }
    const spotlight = page.locator('console-coach-overlay [data-cc="spotlight"]');
    if ((await spotlight.count()) === 0) {
      const done = callout.getByRole('button', { name: 'Done', exact: true });
      if (await done.isVisible().catch(() => false)) {
        // A curious student reveals every secret the page offers before saying it is stored:
        // the security checks then prove the extension never keeps what was on screen.
        if (!revealed.has(page.url())) {
          revealed.add(page.url());
          for (const show of await page.locator('#root').getByRole('button', { name: /^Show( secret key)?$/ }).all()) await (keyboard ? show.press('Enter') : show.click()).catch(() => undefined);
          if ((await page.locator('#root').innerText().catch(() => '')).includes(CANARY)) secretsSeen += 1;
        }
        if (!(await press(page, done, keyboard))) continue;
        played.push({ stepId, action: 'done' });
      } else {
        await page.waitForTimeout(200); // a page condition that is about to hold
      }
      await waitForChange(callout, stepId);
      continue;
    }
    const box = await spotlight.boundingBox();
    if (!box) continue;
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    if (keyboard) {
      const kind = await aimAtPoint(page, x, y);
      expect(kind, `the spotlight of "${stepId}" covers a control a keyboard can reach`).not.toBeNull();
      await tabToTarget(page);
      await operate(page, kind!, values[stepId] ?? 'practice');
      played.push({ stepId, action: kind === 'text' ? 'type' : 'key', matches: matches === null ? undefined : Number(matches) });
      await waitForChange(callout, stepId);
      continue;
    }
    const element = await page.evaluate(([px, py]) => {
      const el = document.elementFromPoint(px!, py!);
      return el ? { tag: el.tagName, type: (el as HTMLInputElement).type ?? '' } : null;
    }, [x, y]);
    expect(element, `the spotlight of "${stepId}" covers a page element`).not.toBeNull();
    const typing = (element!.tag === 'INPUT' && TEXT_INPUT.test(element!.type)) || element!.tag === 'TEXTAREA';
    await page.mouse.click(x, y);
    if (typing) {
      // Replace what the field holds (a default such as 8), as a person selecting it would.
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(values[stepId] ?? 'practice');
    }
    played.push({ stepId, action: typing ? 'type' : 'click', matches: matches === null ? undefined : Number(matches) });
    await waitForChange(callout, stepId);
  }
  throw new Error(`The pack did not finish within ${maxActions} actions`);
}

/**
 * Press one of the coach's buttons: a click, or Tab to it and Enter. False when the button went
 * away first (the step moved on), so the student looks at the callout again instead of waiting.
 */
async function press(page: Page, button: ReturnType<Page['locator']>, keyboard: boolean): Promise<boolean> {
  try {
    if (!keyboard) {
      await button.click({ timeout: within(5_000) });
      return true;
    }
    await button.waitFor({ timeout: within(5_000) });
    await aimAtCoachButton(button);
    await tabToTarget(page);
    await page.keyboard.press('Enter');
    return true;
  } catch (error) {
    if (await button.isVisible().catch(() => false)) throw error;
    return false;
  }
}

/** Until the step changes; polled often, as most steps move on within a few hundred milliseconds. */
async function waitForChange(callout: ReturnType<Page['locator']>, stepId: string) {
  await expect
    .poll(async () => (await callout.getAttribute('data-step-id', { timeout: within(1_000) }).catch(() => null)) !== stepId || (await callout.textContent().catch(() => ''))?.includes('Tutorial complete'), { timeout: within(10_000), intervals: [50, 100, 100, 200, 250] })
    .toBe(true)
    .catch(() => undefined);
}
