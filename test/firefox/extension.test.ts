import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import { createPracticeBackend } from '../practice-console/server/practice-server';
import { CANARY } from '../practice-console/src/state/secrets';
import { consoleHostPatterns } from '../../packs/catalogue/hosts';
import { readPack } from '../support/packs';
import { parse } from 'yaml';
import type { PackSource } from '../../packs/format/schema';
import { playPack, type StudentPage } from '../support/student';
import { within } from '../support/timeouts';
import { ROOT_DIR } from '../support/launch';
import { launchFirefoxPractice, type FirefoxPractice } from '../support/firefox/launch';
import { firefoxStudentPage } from '../support/firefox/student-driver';
import { waitFor } from '../support/firefox/wait';
import { IAM_FIRST_STEPS_OUTCOME, IAM_FIRST_STEPS_VALUES, iamFirstStepsOutcome } from '../support/iam-first-steps';
import { clickButton, IAM_HOME, overlayView, screenshot, settled, startFromPopup, textOf } from './helpers';

/**
 * The built extension (.output/firefox-mv3-test) in Firefox ESR, on the same practice console as
 * the Chromium tests. One browser for the suite; before each test the account is new, the
 * extension's storage is as just installed (built-in packs seeded) and no tab is left open.
 */
const BUILTIN = ['iam-first-steps', 'secure-root-and-iam-admin', 'aws-101-security-checklist', 'secure-your-aws-account'];
const TOUR = 'test/fixtures/packs/overlay-tour.yaml';

let practice: FirefoxPractice;
/** The extension's storage right after install: the built-in packs, nothing else of note. */
let asInstalled: Record<string, unknown>;
let pageErrors: string[] = [];
const opened: Page[] = [];

beforeAll(async () => {
  practice = await launchFirefoxPractice({ headless: true });
  practice.browser.on('targetcreated', (target) => {
    void target.page().then((page) => page?.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${(error as Error).message}`)));
  });
  asInstalled = await waitFor('the built-in packs in storage', async () => {
    const stored = await practice.storage.get();
    return BUILTIN.every((id) => stored[`pack.${id}`]) ? stored : null;
  });
});

afterAll(async () => {
  await practice?.close();
});

beforeEach(async () => {
  practice.useBackend(createPracticeBackend());
  practice.serveExtraPages(null);
  practice.network.refusedRequests.length = 0;
  await practice.storage.clear();
  await practice.storage.set(asInstalled);
  pageErrors = [];
});

afterEach(async () => {
  for (const page of [...opened.splice(0), ...(await practice.webPages())]) await page.close().catch(() => undefined);
  // Nothing may try to reach the network: not the practice console, not the extension.
  expect(practice.network.refusedRequests, 'requests that tried to leave the machine').toEqual([]);
  expect(pageErrors, 'uncaught errors on the pages').toEqual([]);
});

/** Press one of the callout's buttons with the mouse, once it shows and stays put (the overlay's shadow root is open in the test build). */
async function pressCoachButton(tab: Page, name: string): Promise<void> {
  const at = await waitFor(`the coach's ${name} button, still and on top`, () =>
    tab.evaluate(async (wanted) => {
      const root = document.querySelector('console-coach-overlay')?.shadowRoot;
      const find = () => [...(root?.querySelectorAll('[data-cc="callout"] button') ?? [])].find((b) => b.textContent?.trim() === wanted);
      const before = find()?.getBoundingClientRect();
      // The callout follows its target while the page lays out: click where it has settled.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const button = find();
      const r = button?.getBoundingClientRect();
      if (!root || !button || !r || !before || r.width === 0 || r.x !== before.x || r.y !== before.y) return null;
      const x = r.x + r.width / 2;
      const y = r.y + r.height / 2;
      return button.contains(root.elementFromPoint(x, y)) ? { x, y } : null;
    }, name),
  );
  await tab.mouse.click(at.x, at.y);
}

async function newTab(url: string): Promise<Page> {
  const page = await practice.browser.newPage();
  await page.goto(url);
  return page;
}

async function openPopup(): Promise<Page> {
  const popup = await practice.openExtensionPage('popup.html');
  opened.push(popup);
  // The size of the toolbar popup, for the screenshots.
  await popup.setViewport({ width: 380, height: 640 });
  return popup;
}

/** The page the student looks at: the most recent web tab. */
async function studentIn(first: Page) {
  let pages = await practice.webPages();
  const drivers = new Map<Page, StudentPage>();
  const driverOf = (page: Page) => drivers.get(page) ?? drivers.set(page, firefoxStudentPage(page)).get(page)!;
  // Tabs come and go while the student plays: keep the list fresh between looks.
  const refresh = setInterval(() => void practice.webPages().then((now) => (pages = now)), 100);
  return {
    pageNow: (previous: StudentPage) => (pages.at(-1) ? driverOf(pages.at(-1)!) : previous),
    start: driverOf(first),
    stop: () => clearInterval(refresh),
  };
}

/** axe-core's violations on a page (the Chromium tests run it through @axe-core/playwright). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(readFileSync(join(ROOT_DIR, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: { id: string; help: string }[] }> } }).axe;
    return (await axe.run()).violations.map((v) => `${v.id}: ${v.help}`);
  });
}

async function progressOf(packId: string): Promise<Record<string, { status: string; verified?: boolean; already?: boolean }>> {
  const stored = await practice.storage.get();
  const prefix = `progress.${packId}.`;
  return Object.fromEntries(Object.entries(stored).filter(([key]) => key.startsWith(prefix)).map(([key, value]) => [key.slice(prefix.length), value as { status: string; verified?: boolean }]));
}

describe('Console Coach in Firefox', () => {
  it('the content script mounts on the console and sign-in hosts and the public site’s console page, and nowhere else', async () => {
    const page = await newTab(IAM_HOME);
    for (const url of [
      'https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/users',
      'https://console.aws.amazon.com/iam/home',
      'https://signin.aws.amazon.com/signin?redirect_uri=https%3A%2F%2Fconsole.aws.amazon.com%2Fconsole%2Fhome',
      'https://my-alias.signin.aws.amazon.com/console',
      'https://us-gov-west-1.console.amazonaws-us-gov.com/iam/home#/home',
      'https://console.amazonaws.cn/iam/home#/home',
      'https://aws.amazon.com/console/',
    ]) {
      await page.goto(url);
      const view = await waitFor(`the coach on ${url}`, async () => {
        const now = await overlayView(page);
        return now.hosts === 1 && now.dock ? now : null;
      });
      expect(view, url).toMatchObject({ hosts: 1, shadow: 'open', dock: true });
      expect(new URL(page.url()).host).toBe(new URL(url).host);
    }
    await page.goto(IAM_HOME);
    await waitFor('the dock', async () => (await overlayView(page)).dock);
    await screenshot(page, 'overlay-on-iam-dashboard');

    // Other sites, served for this test only: the coach must not appear there.
    practice.serveExtraPages((url) => {
      if (url.host === 'example.com') return '<title>Example</title><h1>Not the AWS console</h1>';
      if (url.host === 'docs.aws.amazon.com') return '<title>Docs</title><h1>AWS documentation</h1>';
      if (url.host === 'aws.amazon.com' && !url.pathname.startsWith('/console')) return '<title>AWS</title><h1>The public site</h1>';
      return null;
    });
    for (const url of ['https://example.com/', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/introduction.html', 'https://aws.amazon.com/marketplace/']) {
      await page.goto(url);
      await settled(page);
      expect(await textOf(page, 'h1'), url).not.toBe('');
      expect((await overlayView(page)).hosts, url).toBe(0);
    }
  });

  it('a built-in pack started from the popup shows its callout on the console, the spotlight on its target', async () => {
    const popup = await openPopup();
    await screenshot(popup, 'popup-packs');
    const tab = await startFromPopup(practice, popup, 'iam-first-steps');
    // Opening the dashboard does the first step; the second points at Add MFA.
    await waitFor('the callout of add-root-mfa, anchored', async () => {
      const view = await overlayView(tab);
      return view.stepId === 'add-root-mfa' && view.state === 'anchored';
    });
    const gap = await waitFor('the spotlight on Add MFA (within 2 px)', async () => {
      const boxes = await tab.evaluate(() => {
        const spot = document.querySelector('console-coach-overlay')?.shadowRoot?.querySelector('[data-cc="spotlight"]')?.getBoundingClientRect();
        const target = [...document.querySelectorAll('#root button, #root a')].find((b) => b.textContent?.trim() === 'Add MFA')?.getBoundingClientRect();
        return spot && target ? [spot.x, spot.y, spot.width, spot.height, target.x, target.y, target.width, target.height] : null;
      });
      if (!boxes) return null;
      const gap = Math.max(...[0, 1, 2, 3].map((i) => Math.abs(boxes[i]! - boxes[i + 4]!)));
      return gap <= 2 ? gap : null;
    });
    expect(gap).toBeLessThanOrEqual(2);
    // The spotlit element is what a click there reaches: the Add MFA control.
    const hit = await tab.evaluate(() => {
      const spot = document.querySelector('console-coach-overlay')?.shadowRoot?.querySelector('[data-cc="spotlight"]')?.getBoundingClientRect();
      return spot ? (document.elementFromPoint(spot.x + spot.width / 2, spot.y + spot.height / 2)?.closest('button, a')?.textContent?.trim() ?? null) : null;
    });
    expect(hit).toBe('Add MFA');
    await screenshot(tab, 'callout-on-iam-dashboard');
  });

  it('on a console in Japanese, a built-in pack finds the page by its address, says what it cannot find, and names the console\'s own word from the table', async () => {
    practice.useBackend(createPracticeBackend({ language: 'ja' }));
    const tab = await startFromPopup(practice, await openPopup(), 'iam-first-steps');
    // The dashboard's heading is not in ja.yaml: the page is known by its address, so the first step is done.
    // "Add MFA" is not in ja.yaml either, and has no other locator: the callout says so, never a dead end.
    await waitFor('add-root-mfa, missing', async () => {
      const view = await overlayView(tab);
      return view.stepId === 'add-root-mfa' && view.state === 'missing';
    });
    // The learner finds the button by the console's own word and uses it: the wizard it opens is the step's other sign.
    const add = await waitFor('the console\'s MFA を追加 button', () => tab.$('xpath/.//button[normalize-space(.)="MFA を追加"]'));
    await add.click();
    await waitFor('install-authenticator', async () => (await overlayView(tab)).stepId === 'install-authenticator');
    await pressCoachButton(tab, 'Done');
    // "Device name" is in ja.yaml (デバイス名): found, and the callout names it as the console does.
    await waitFor('name-root-device, anchored', async () => {
      const view = await overlayView(tab);
      return view.stepId === 'name-root-device' && view.state === 'anchored';
    });
    const consoleName = await tab.evaluate(() => document.querySelector('console-coach-overlay')?.shadowRoot?.querySelector('[data-cc="console-name"]')?.textContent ?? null);
    expect(consoleName).toBe('On this console: デバイス名 (Device name)');
    await screenshot(tab, 'console-ja-device-name');
  });

  it('progress written on the console shows in the popup, live', async () => {
    const popup = await openPopup();
    const tab = await startFromPopup(practice, popup, 'iam-first-steps');
    const student = await studentIn(tab);
    try {
      // Add MFA (clicked, verified) and "Install an authenticator app" (Done, self-reported).
      const { played } = await playPack(student.pageNow, student.start, IAM_FIRST_STEPS_VALUES, { until: 'name-root-device' });
      expect(played.map((p) => `${p.stepId}:${p.action}`)).toEqual(['add-root-mfa:click', 'install-authenticator:done']);
    } finally {
      student.stop();
    }
    await popup.bringToFront();
    const status = (id: string) => popup.evaluate((step) => {
      const item = document.querySelector(`[data-step-id="${step}"]`);
      return item ? `${item.getAttribute('data-status')}/${item.getAttribute('data-verified')}` : null;
    }, id);
    await waitFor('the popup to show the progress', async () => (await status('name-root-device')) === 'current/null');
    expect(await status('open-dashboard')).toBe('done/true');
    expect(await status('add-root-mfa')).toBe('done/true');
    expect(await status('install-authenticator')).toBe('done/false');
    const total = readPack('packs/builtin/iam-first-steps.yaml').sections.flatMap((s) => s.steps).length;
    expect(await textOf(popup, '.cc-progress-text')).toBe(`3 of ${total} done`);
    expect(await progressOf('iam-first-steps')).toMatchObject({ 'add-root-mfa': { status: 'done', verified: true }, 'install-authenticator': { status: 'done', verified: false } });
    await popup.evaluate(() => window.scrollTo(0, 0));
    await screenshot(popup, 'popup-checklist');
  });

  it('iam-first-steps played by a student to the end leaves the account as the tutorial says, every step recorded', async () => {
    const popup = await openPopup();
    const tab = await startFromPopup(practice, popup, 'iam-first-steps');
    const student = await studentIn(tab);
    let result;
    try {
      result = await playPack(student.pageNow, student.start, IAM_FIRST_STEPS_VALUES);
    } finally {
      student.stop();
    }
    expect(result.played.filter((p) => p.matches !== undefined && p.matches !== 1), 'every spotlit target matched exactly one element').toEqual([]);
    expect(result.secretsSeen, 'secrets were on screen while the coach ran').toBeGreaterThan(0);

    const state = practice.backend.state;
    expect(iamFirstStepsOutcome(state)).toEqual(IAM_FIRST_STEPS_OUTCOME);

    const steps = readPack('packs/builtin/iam-first-steps.yaml').sections.flatMap((s) => s.steps);
    const progress = await progressOf('iam-first-steps');
    for (const step of steps) {
      expect(progress[step.id], step.id).toMatchObject({ status: 'done' });
      if (step.verifiable) expect(progress[step.id]!.verified, `${step.id} is verified`).toBe(true);
    }
    const stored = JSON.stringify(await practice.storage.get());
    expect(stored.split(CANARY).length - 1, 'secrets kept in extension storage').toBe(0);
    await popup.bringToFront();
    await waitFor('the popup to show every step done', async () => (await textOf(popup, '.cc-progress-text')) === `${steps.length} of ${steps.length} done`);
    await popup.evaluate(() => window.scrollTo(0, 0));
    await screenshot(popup, 'iam-first-steps-popup-complete');
  }, within(300_000));

  it('a pack imported in the library is reviewed, installed, and runs on the console from the popup', async () => {
    const library = await practice.openExtensionPage('options.html');
    opened.push(library);
    const input = (await library.waitForSelector('label.cc-file input[type="file"]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(TOUR);
    const review = await waitFor('the review', async () => {
      const text = await textOf(library, '[data-cc="review"]');
      return text.includes('Overlay tour') ? text : null;
    });
    expect(review).toContain('Create user: Set permissions');
    expect(review).toContain('docs.aws.amazon.com');
    expect(review).toContain('The MFA secret is shown only on the next page');
    expect(Object.keys(await practice.storage.get())).not.toContain('pack.overlay-tour');
    await screenshot(library, 'library-review', true);
    await clickButton(library, '[data-cc="review"]', 'Install');
    await waitFor('the installed message', async () => (await textOf(library, '[role="status"]')).includes('Installed “Overlay tour”'));
    await waitFor('the pack in the library', () => library.evaluate(() => !!document.querySelector('[data-pack-id="overlay-tour"]')));
    expect(Object.keys(await practice.storage.get())).toContain('pack.overlay-tour');

    const consoleTab = await newTab(IAM_HOME);
    const popup = await openPopup();
    await clickButton(popup, '[data-pack-id="overlay-tour"]', 'Start');
    await waitFor('the tour’s first callout on the console', async () => {
      const view = await overlayView(consoleTab);
      return view.stepId === 'open-users' && view.state === 'anchored';
    });
    await consoleTab.bringToFront();
    await screenshot(consoleTab, 'imported-pack-on-console');
  });

  it('an author records a few steps of creating a user on a console in Japanese; Stop puts them into the library\'s draft, which validates and keeps no typed value', async () => {
    // The pages are named by the same ids a student's coach recognises on that console (the label table).
    practice.useBackend(createPracticeBackend({ language: 'ja' }));
    const consoleTab = await newTab(IAM_HOME.replace('#/home', '#/users'));
    await consoleTab.setViewport({ width: 1440, height: 900 });
    const library = await practice.openExtensionPage('options.html');
    opened.push(library);
    await clickButton(library, '[data-cc="record-controls"]', 'Record');
    await consoleTab.bringToFront();
    const panelText = () => consoleTab.evaluate(() => document.querySelector('console-coach-overlay')?.shadowRoot?.querySelector<HTMLElement>('[data-cc="recorder"]')?.innerText ?? null);
    await waitFor('the recorder with its first step', async () => (await panelText())?.includes('1 step') ?? false);

    // As a person would, with the mouse and the keyboard: the recorder takes trusted events only.
    const clickAt = async (describe: string, find: () => Element | null | undefined) => {
      const box = await waitFor(`${describe}, laid out`, async () => {
        const element = (await consoleTab.evaluateHandle(find)).asElement() as ElementHandle<Element> | null;
        const first = element ? await element.boundingBox() : null;
        const b = element ? await element.boundingBox() : null;
        // Still where it was a moment ago: the page has finished moving it.
        return b && first && b.width > 0 && b.x === first.x && b.y === first.y ? b : null;
      });
      await consoleTab.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    };
    await clickAt('ユーザーの作成', () => [...document.querySelectorAll('#root button')].find((b) => b.textContent?.trim() === 'ユーザーの作成'));
    await clickAt('the User name field', () => document.querySelector('input[aria-labelledby$="-label"]'));
    await consoleTab.keyboard.type('firefox-author');
    // Its text, as a person clicks it: the recorder takes the box it labels.
    await clickAt('the console access text', () => [...document.querySelectorAll('#root *')].find((e) => e.children.length === 0 && e.textContent?.trim() === 'AWS マネジメントコンソールへのユーザーアクセスを提供する - オプション'));
    await waitFor('four steps', async () => (await panelText())?.includes('4 steps') ?? false);
    await screenshot(consoleTab, 'recording-panel');
    await clickAt('Stop recording', () => [...(document.querySelector('console-coach-overlay')?.shadowRoot?.querySelectorAll('[data-cc="recorder"] button') ?? [])].find((b) => b.textContent?.trim() === 'Stop recording'));

    await waitFor('the draft that validates', async () => (await textOf(library, '[data-cc="draft-status"]')).includes('No problems'));
    const draft = await library.evaluate(() => document.querySelector<HTMLTextAreaElement>('.cc-draft')!.value);
    const steps = (parse(draft) as PackSource).sections.flatMap((section) => section.steps);
    expect(steps.map((step) => [step.page, step.title])).toEqual([
      ['iam.users', 'Go to Users'],
      ['iam.users', 'Choose ユーザーの作成'],
      ['iam.users.create.details', 'Type the ユーザー名'],
      ['iam.users.create.details', 'Check AWS マネジメントコンソールへのユーザーアクセスを提供する - オプション'],
    ]);
    expect(steps[1]!.done).toEqual({ any: [{ page: 'iam.users.create.details' }] });
    expect(steps[3]!.done).toEqual({ any: [{ state: { of: 'target', is: 'checked' } }] });
    expect(draft).not.toContain('firefox-author');
    expect(JSON.stringify(await practice.storage.get())).not.toContain('firefox-author');
  }, within(120_000));

  // Last: it takes the host permission away (and gives it back through the popup's button).
  it('without host access the coach stays off the console, the popup says so, and its button gives access back', async () => {
    const origins = [...consoleHostPatterns];
    type PermissionsApi = {
      permissions: { remove(p: { origins: string[] }): Promise<boolean>; contains(p: { origins: string[] }): Promise<boolean>; getAll(): Promise<{ origins: string[]; permissions: string[] }> };
    };
    // What Firefox granted at install: storage, the console hosts and, for the content script's
    // path-scoped match on the public site's console page, that site's origin (SECURITY.md).
    const granted = await practice.inExtension(() => (globalThis as unknown as { browser: PermissionsApi }).browser.permissions.getAll(), null);
    expect(granted.permissions).toEqual(['storage']);
    expect([...granted.origins].sort()).toEqual([...origins, 'https://aws.amazon.com/*'].sort());
    const removed = await practice.inExtension((o) => (globalThis as unknown as { browser: PermissionsApi }).browser.permissions.remove({ origins: o }), origins);
    expect(removed).toBe(true);
    const tab = await newTab(IAM_HOME);
    await settled(tab);
    expect((await overlayView(tab)).hosts, 'no coach without host access').toBe(0);

    const popup = await openPopup();
    const notice = await waitFor('the host-access notice', async () => textOf(popup, '[data-cc="host-access"]'));
    expect(notice).toContain('Console Coach is not allowed on the AWS console');
    await screenshot(popup, 'popup-host-access');
    expect(await axeViolations(popup), 'axe on the popup with the notice').toEqual([]);
    await clickButton(popup, '[data-cc="host-access"]', 'Allow on the AWS console');
    await waitFor('the notice to go', () => popup.evaluate(() => !document.querySelector('[data-cc="host-access"]')));
    expect(await practice.inExtension((o) => (globalThis as unknown as { browser: PermissionsApi }).browser.permissions.contains({ origins: o }), origins)).toBe(true);

    await tab.reload();
    await waitFor('the coach back on the console', async () => (await overlayView(tab)).dock);
  });
});
