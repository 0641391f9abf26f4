import { within } from './timeouts';

/**
 * The student, in any browser: plays a pack the way a person would, doing only what the coach's
 * overlay shows. A driver gives it eyes and hands: Playwright in Chromium (test/e2e/student.ts),
 * puppeteer over WebDriver BiDi in Firefox (test/support/firefox/student-driver.ts).
 */
export interface PlayedStep {
  stepId: string;
  /** How the student did it: clicked the spotlight, typed, pressed Done, followed Go there. */
  action: 'click' | 'type' | 'key' | 'done' | 'go-there' | 'waited';
  /** Elements the step's target matched (the pack doctor wants exactly 1). */
  matches?: number;
}

export interface CalloutReading {
  stepId: string | null;
  state: string | null;
  matches: string | null;
  text: string | null;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What a student sees and does on one page. */
export interface StudentPage {
  url(): string;
  /** Wait up to `timeout` ms for the coach's callout; false when none shows (the page is changing). */
  waitForCallout(timeout: number): Promise<boolean>;
  /** The callout's step id, state, match count and text; nulls when it went away while being read. */
  readCallout(): Promise<CalloutReading>;
  /** Press one of the callout's buttons; false when it went away first (the step moved on). */
  pressCoachButton(name: 'Go there' | 'Done', keyboard: boolean): Promise<boolean>;
  /** Whether the callout shows the button now. */
  seesCoachButton(name: 'Done'): Promise<boolean>;
  hasSpotlight(): Promise<boolean>;
  /** The spotlight's box on the screen; null when it has none (yet). */
  spotlightBox(): Promise<Box | null>;
  /** Press every "Show" the page offers for a secret; true when a secret (CANARY) is then on screen. */
  revealSecrets(keyboard: boolean): Promise<boolean>;
  /** The element at a point of the screen. */
  elementAt(x: number, y: number): Promise<{ tag: string; type: string } | null>;
  click(x: number, y: number): Promise<void>;
  /** Replace what the focused field holds, as a person selecting it all and typing would. */
  typeReplacing(text: string): Promise<void>;
  /**
   * Keyboard only: Tab to the control at a point and operate it (typing `value` into a text
   * field). Its kind, or null when no control a keyboard can reach is there.
   */
  operateWithKeyboard?(x: number, y: number, value: string): Promise<'text' | 'toggle' | 'press' | null>;
  waitForLoad(): Promise<void>;
  pause(ms: number): Promise<void>;
  /** Until the current step is another one or the tutorial is complete (a hang guard, no error when it stays). */
  waitForStepChange(stepId: string): Promise<void>;
}

export interface PlayOptions {
  /** Stop (without doing it) when this step is current: a checkpoint to save, a variant to start. */
  until?: string;
  maxActions?: number;
  /** Never touch the mouse: Tab and Shift+Tab to the spotlighted control or the coach's button. */
  keyboard?: boolean;
}

const TEXT_INPUT = /^(text|email|password|search|tel|url|number)$/;

/**
 * Play a pack: click the spotlighted element (typing `values[stepId]` when it is a text field),
 * press Done on manual steps, follow Go there. `pageNow` names the page the student looks at
 * (it may have been taken to another tab). Returns what was done at each step; throws when the
 * overlay leaves the student stuck.
 */
export async function playPack(
  pageNow: (previous: StudentPage) => StudentPage,
  startPage: StudentPage,
  values: Record<string, string>,
  { until, maxActions = 400, keyboard = false }: PlayOptions = {},
): Promise<{ played: PlayedStep[]; secretsSeen: number }> {
  if (keyboard && !startPage.operateWithKeyboard) throw new Error('This browser driver has no keyboard student');
  const revealed = new Set<string>();
  let secretsSeen = 0;
  let page = startPage;
  const played: PlayedStep[] = [];
  let lastKey = '';
  let stuckSince = Date.now();
  for (let i = 0; i < maxActions; i++) {
    page = pageNow(page);
    if (!(await page.waitForCallout(within(5_000)))) continue; // navigating
    const { stepId, state, matches, text } = await page.readCallout();
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
      if (!(await page.pressCoachButton('Go there', keyboard))) continue;
      played.push({ stepId, action: 'go-there' });
      await page.waitForLoad();
      continue;
    }
    if (state === 'waiting') {
      await page.pause(200);
      continue;
    }
    if (!(await page.hasSpotlight())) {
      if (await page.seesCoachButton('Done')) {
        // A curious student reveals every secret the page offers before saying it is stored:
        // the security checks then prove the extension never keeps what was on screen.
        if (!revealed.has(page.url())) {
          revealed.add(page.url());
          if (await page.revealSecrets(keyboard)) secretsSeen += 1;
        }
        if (!(await page.pressCoachButton('Done', keyboard))) continue;
        played.push({ stepId, action: 'done' });
      } else {
        await page.pause(200); // a page condition that is about to hold
      }
      await page.waitForStepChange(stepId);
      continue;
    }
    const box = await page.spotlightBox();
    if (!box) continue;
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    const matched = matches === null ? undefined : Number(matches);
    if (keyboard) {
      const kind = await page.operateWithKeyboard!(x, y, values[stepId] ?? 'practice');
      if (kind === null) throw new Error(`The spotlight of "${stepId}" covers no control a keyboard can reach`);
      played.push({ stepId, action: kind === 'text' ? 'type' : 'key', matches: matched });
      await page.waitForStepChange(stepId);
      continue;
    }
    const element = await page.elementAt(x, y);
    if (!element) throw new Error(`The spotlight of "${stepId}" covers no page element`);
    const typing = (element.tag === 'INPUT' && TEXT_INPUT.test(element.type)) || element.tag === 'TEXTAREA';
    await page.click(x, y);
    // Replace what the field holds (a default such as 8), as a person selecting it would.
    if (typing) await page.typeReplacing(values[stepId] ?? 'practice');
    played.push({ stepId, action: typing ? 'type' : 'click', matches: matched });
    await page.waitForStepChange(stepId);
  }
  throw new Error(`The pack did not finish within ${maxActions} actions`);
}
