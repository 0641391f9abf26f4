import { rmSync } from 'node:fs';
import type { Page, Worker } from '@playwright/test';
import { test, expect, IAM_HOME, iamUrl, overlayHost } from './fixtures';
import { OverlayPage } from './overlay-pages';
import { readPack, readProgress, startPack } from '../support/packs';
import { CHROME_PRODUCTION_DIR, launchPracticeBrowser } from '../support/launch';

/**
 * A console page's own scripts share the DOM with the coach. Everything here is done from the page's
 * main world (`page.evaluate`), as a hostile or compromised console script would: synthetic keys and
 * clicks must change nothing. Real input (Playwright's mouse and keyboard) then does what it should.
 */

const PACK = 'test/fixtures/packs/page-events.yaml';

declare global {
  interface Window {
    pageSawClicks?: string[];
  }
}

const authorMode = async (worker: Worker) => (await worker.evaluate(() => chrome.storage.local.get('author.picking')))['author.picking'];
const overlayEnabled = async (worker: Worker) => (await worker.evaluate(() => chrome.storage.local.get('settings.overlayEnabled')))['settings.overlayEnabled'];

/** Alt+Shift+A, the author shortcut, typed by a page script. */
async function forgeAuthorShortcut(page: Page) {
  await page.evaluate(() => {
    for (const target of [document.body, document, window]) {
      target.dispatchEvent(new KeyboardEvent('keydown', { key: 'A', code: 'KeyA', altKey: true, shiftKey: true, bubbles: true, composed: true }));
    }
  });
}

/** A page script pressing one of the coach's buttons: `click()` and a click event with a pointer position. */
async function pressByScript(page: Page, name: string) {
  await page.evaluate((label) => {
    const root = document.querySelector('console-coach-overlay')?.shadowRoot;
    const button = [...(root?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === label || b.getAttribute('aria-label') === label);
    if (!button) throw new Error(`No "${label}" button in the coach`);
    const box = button.getBoundingClientRect();
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, detail: 1, clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 }));
  }, name);
}

/**
 * Real input that proves the step did not move: minimise the callout and bring it back (both wait
 * on storage-free UI state), then the callout still shows `stepId`. Anything a synthetic press had
 * set off was queued before these real clicks.
 */
async function expectStillAt(page: Page, overlay: OverlayPage, stepId: string) {
  await overlay.callout.getByRole('button', { name: 'Minimise (Esc)' }).click();
  const restore = overlayHost(page).locator('[data-cc="restore"]');
  await expect(restore).toBeVisible();
  await restore.click();
  await expect(overlay.callout).toHaveAttribute('data-step-id', stepId);
}

test('page scripts cannot drive the coach: forged keys, clicks on targets and on its buttons change nothing; real input does', async ({ page, serviceWorker }) => {
  test.setTimeout(120_000);
  const overlay = new OverlayPage(page);
  await page.goto(IAM_HOME);
  const pill = overlayHost(page).locator('[data-cc="dock"]');
  await expect(pill).toHaveText('Coach');
  // The test build keeps the root open (that is how this test reaches the buttons).
  expect(await page.evaluate(() => document.querySelector('console-coach-overlay')?.shadowRoot !== null)).toBe(true);

  // The idle coach: a forged shortcut and forged clicks on the pill and the dock's buttons.
  await forgeAuthorShortcut(page);
  await pressByScript(page, 'Show Console Coach');
  await pill.click();
  const dock = overlayHost(page).getByRole('region', { name: 'Console Coach' });
  await expect(dock).toBeVisible();
  await pressByScript(page, 'Hide on console pages');
  await pressByScript(page, 'Minimise Console Coach');
  await expect(dock).toBeVisible();
  await dock.getByRole('button', { name: 'Minimise Console Coach' }).click();
  await expect(overlayHost(page).locator('[data-cc="dock"]')).toHaveText('Coach');
  expect(await overlayEnabled(serviceWorker)).not.toBe(false);
  expect(await authorMode(serviceWorker)).not.toBe(true);

  // A verified step: a script's click on the target does not count; the person's does.
  const pack = readPack(PACK);
  await startPack(serviceWorker, pack);
  await overlay.expectStep('click-heading', 'anchored');
  const heading = page.locator('#root').getByRole('heading', { level: 1, name: 'IAM Dashboard' });
  await page.evaluate(() => {
    const h1 = [...document.querySelectorAll<HTMLElement>('#root h1')].find((h) => h.textContent?.includes('IAM Dashboard'))!;
    h1.click();
    h1.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 1 }));
  });
  await expectStillAt(page, overlay, 'click-heading');
  expect(await readProgress(serviceWorker, pack.id)).toEqual({});
  await heading.click();
  await overlay.expectStep('confirm', 'anchored');
  expect((await readProgress(serviceWorker, pack.id))['click-heading']).toMatchObject({ status: 'done', verified: true });

  // Done and Back, pressed by script: nothing.
  await pressByScript(page, 'Done');
  await pressByScript(page, 'Back');
  await expectStillAt(page, overlay, 'confirm');
  expect((await readProgress(serviceWorker, pack.id)).confirm).toBeUndefined();

  // Clickjacking: the page fades itself (and the coach with it) to nearly invisible; a real click on
  // Done then does nothing, because the person could not see what they clicked.
  await page.evaluate(() => document.documentElement.style.setProperty('opacity', '0.05'));
  await overlay.button('Done').click();
  await page.evaluate(() => document.documentElement.style.removeProperty('opacity'));
  await expectStillAt(page, overlay, 'confirm');
  expect((await readProgress(serviceWorker, pack.id)).confirm).toBeUndefined();
  await overlay.button('Done').click();
  await overlay.expectStep('maybe', 'anchored');
  expect((await readProgress(serviceWorker, pack.id)).confirm).toMatchObject({ status: 'done', verified: false });

  // Skip, pressed by script: nothing; pressed by the person: skipped.
  await pressByScript(page, 'Skip');
  await expectStillAt(page, overlay, 'maybe');
  await overlay.button('Skip').click();
  await overlay.expectStep('elsewhere', 'elsewhere');

  // Go there, pressed by script: the tab stays; pressed by the person: it goes.
  await pressByScript(page, 'Go there');
  await expectStillAt(page, overlay, 'elsewhere');
  expect(page.url()).toBe(IAM_HOME);
  await overlay.button('Go there').click();
  await expect(page).toHaveURL(iamUrl('/users'));
  await overlay.expectStep('elsewhere', 'anchored');
  expect(await authorMode(serviceWorker)).not.toBe(true);
});

test('author mode: the page never receives the author’s click on its elements, and a forged Escape does not end it', async ({ page, serviceWorker }) => {
  await page.goto(iamUrl('/users'));
  await serviceWorker.evaluate(() => chrome.storage.local.set({ 'author.picking': true }));
  const panel = overlayHost(page).locator('[data-cc="author-panel"]');
  await expect(panel).toBeVisible();
  // The page listens on window in the capture phase, before anything of ours can run.
  await page.evaluate(() => {
    window.pageSawClicks = [];
    for (const type of ['click', 'mousedown', 'pointerdown']) window.addEventListener(type, (event) => window.pageSawClicks!.push(`${type}:${(event.target as Element).localName}`), true);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  });
  const createUser = page.locator('#root').getByRole('button', { name: 'Create user' }).first();
  const box = (await createUser.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(panel.locator('[data-cc="author-descriptors"]')).toContainText('role: "button", name: "Create user"');
  // Every event the page saw was aimed at the coach's own element, none at the page's button.
  const seen = await page.evaluate(() => window.pageSawClicks!);
  expect(seen.length).toBeGreaterThan(0);
  expect(seen.filter((entry) => !entry.endsWith(':console-coach-overlay'))).toEqual([]);
  await expect(page.getByRole('heading', { level: 1, name: /^Users/ })).toBeVisible();
  expect(await authorMode(serviceWorker)).toBe(true);
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  expect(await authorMode(serviceWorker)).toBe(false);
});

test('the production build closes the shadow root, and its host resists page styles and page-made look-alikes', async () => {
  const practice = await launchPracticeBrowser({ headless: true, extensionDir: CHROME_PRODUCTION_DIR });
  try {
    const page = practice.context.pages()[0] ?? (await practice.context.newPage());
    await page.goto(IAM_HOME);
    // The coach is showing: seen through the DevTools protocol, which (unlike the page) sees closed roots.
    const cdp = await practice.context.newCDPSession(page);
    type DomNode = { nodeName: string; attributes?: string[]; children?: DomNode[]; shadowRoots?: (DomNode & { shadowRootType?: string })[] };
    const find = (node: DomNode, match: (n: DomNode) => boolean): DomNode | null => {
      if (match(node)) return node;
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
        const found = find(child, match);
        if (found) return found;
      }
      return null;
    };
    await expect
      .poll(async () => {
        const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
        const host = find(root, (n) => n.nodeName === 'CONSOLE-COACH-OVERLAY');
        const shadow = host?.shadowRoots?.[0];
        const pill = shadow && find(shadow, (n) => n.nodeName === 'BUTTON' && (n.attributes ?? []).includes('Show Console Coach'));
        return shadow ? `${shadow.shadowRootType}:${pill ? 'pill shown' : 'no pill'}` : 'no host';
      })
      .toBe('closed:pill shown');

    const seenByPage = await page.evaluate(async () => {
      const ours = document.querySelector('console-coach-overlay') as HTMLElement;
      const style = document.head.appendChild(document.createElement('style'));
      style.textContent = 'console-coach-overlay { display: none !important; opacity: 0 !important; visibility: hidden !important; }';
      const computed = getComputedStyle(ours);
      // A look-alike host from the page, and ours removed: ours comes back, the look-alike stays.
      const fake = document.body.appendChild(document.createElement('console-coach-overlay'));
      fake.attachShadow({ mode: 'closed' });
      ours.remove();
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return {
        shadowRoot: ours.shadowRoot,
        display: computed.display,
        opacity: computed.opacity,
        visibility: computed.visibility,
        oursBack: ours.isConnected,
        fakeKept: fake.isConnected,
      };
    });
    expect(seenByPage).toEqual({ shadowRoot: null, display: 'block', opacity: '1', visibility: 'visible', oursBack: true, fakeKept: true });
  } finally {
    await practice.context.close();
    rmSync(practice.userDataDir, { recursive: true, force: true });
  }
  expect(practice.refusedRequests).toEqual([]);
});
