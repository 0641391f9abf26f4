import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect, IAM_HOME, iamUrl } from './fixtures';
import { OverlayPage } from './overlay-pages';
import { activeStep, readPack, readProgress, startPack } from '../support/packs';
import { within } from '../support/timeouts';

/**
 * Every way forward: steps done with the keyboard alone, "I did this" for a step the coach cannot
 * see happen, and a section the console shows done already. No mouse touches the console here.
 */

const WAYS = 'test/fixtures/packs/ways-forward.yaml';
const ALREADY = 'test/fixtures/packs/already-done.yaml';
const CREATE_USER = iamUrl('/users/create');

/** Press Tab until one of the elements `to` finds has the focus; at most `max` presses. */
async function tabTo(page: Page, to: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await to.evaluateAll((els) => els.some((el) => el === document.activeElement))) return;
  }
  throw new Error(`Tab never reached ${to.toString()}`);
}

/** The page's focused element, described (never its value). */
const focused = (page: Page) => page.evaluate(() => ({ tag: document.activeElement?.tagName, label: document.activeElement?.getAttribute('aria-labelledby') ?? null }));

test('a text field completes by Tab and typing, a checkbox by Space, a tile by the arrow keys: no mouse, verified', async ({ page, serviceWorker }) => {
  const overlay = new OverlayPage(page);
  const pack = readPack(WAYS);
  await page.goto(CREATE_USER);
  await expect(page.getByLabel('User name')).toBeVisible();
  await startPack(serviceWorker, pack);
  await overlay.expectStep('type-name', 'anchored');

  // Tab into the field from the top of the page, then type: no click ever reaches it.
  await tabTo(page, page.getByLabel('User name'));
  await page.keyboard.type('admin');
  await overlay.expectStep('console-access', 'anchored');
  expect((await readProgress(serviceWorker, pack.id))['type-name']).toMatchObject({ status: 'done', verified: true });

  // Space on the checkbox (Cloudscape's native input): the browser's own click, trusted.
  const checkbox = page.getByRole('checkbox', { name: 'Provide user access to the AWS Management Console - optional' });
  await tabTo(page, checkbox);
  await page.keyboard.press('Space');
  await expect(checkbox).toBeChecked();
  await overlay.expectStep('iam-user-tile', 'anchored');
  expect((await readProgress(serviceWorker, pack.id))['console-access']).toMatchObject({ status: 'done', verified: true });

  // Tiles: the target is the tile's text, which labels a hidden radio; the arrow keys select it.
  const tile = page.getByRole('radio', { name: 'I want to create an IAM user' });
  await tabTo(page, page.getByRole('radio'));
  if (!(await tile.evaluate((el) => el === document.activeElement))) await page.keyboard.press('ArrowDown');
  else await page.keyboard.press('Space');
  await expect(tile).toBeChecked();
  await overlay.expectStep('unseen-step', 'anchored');
  expect((await readProgress(serviceWorker, pack.id))['iam-user-tile']).toMatchObject({ status: 'done', verified: true });
});

test('"I did this" appears for a step the coach cannot see, without taking focus, and records it self-reported', async ({ page, serviceWorker }) => {
  const overlay = new OverlayPage(page);
  const pack = readPack(WAYS);
  await page.goto(CREATE_USER);
  await expect(page.getByLabel('User name')).toBeVisible();
  await startPack(serviceWorker, pack, 'unseen-step');
  await overlay.expectStep('unseen-step', 'anchored');
  await expect(overlay.button('I did this')).toHaveCount(0);

  // The learner is typing in the console when the offer comes: focus stays where it is.
  await page.getByLabel('User name').focus();
  await page.keyboard.type('adm');
  const before = await focused(page);
  // The offer comes 15 s after the step started (SELF_REPORT_AFTER_MS); this timeout only guards a hang.
  await expect(overlay.button('I did this')).toBeVisible({ timeout: within(40_000) });
  await expect(overlay.callout.locator('[data-cc="note"][role="status"]')).toContainText('press I did this');
  expect(await focused(page)).toEqual(before);
  await page.keyboard.type('in');
  await expect(page.getByLabel('User name')).toHaveValue('admin');
  await page.screenshot({ path: 'test-results/screens/overlay-i-did-this.png' });
  const results = await new AxeBuilder({ page }).include('console-coach-overlay').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // In the coach's tab order: from its first button, Tab reaches "I did this"; Enter presses it.
  await overlay.callout.getByRole('button', { name: 'Minimise (Esc)' }).focus();
  for (let i = 0; i < 10 && !(await overlay.button('I did this').evaluate((el) => el.matches(':focus'))); i++) await page.keyboard.press('Tab');
  await expect(overlay.button('I did this')).toBeFocused();
  await page.keyboard.press('Enter');
  await overlay.expectStep('last', 'anchored');
  const progress = await readProgress(serviceWorker, pack.id);
  expect(progress['unseen-step']).toMatchObject({ status: 'done', verified: false });
  expect(progress['unseen-step']?.already).toBeUndefined();
  // A manual step keeps its Done, and never says "I did this".
  await expect(overlay.button('Done')).toBeVisible();
  await expect(overlay.button('I did this')).toHaveCount(0);
});

test('a section the console shows done already is recorded "already done", skipped with a note, and the popup and library say so', async ({ page, serviceWorker, backend, extensionId }) => {
  const overlay = new OverlayPage(page);
  const pack = readPack(ALREADY);
  // The account was given its alias before the tutorial (another day, another tutorial).
  backend.dispatch({ type: 'createAlias', alias: 'my-class' });
  await page.goto(IAM_HOME);
  await expect(page.getByTestId('account-alias-value')).toBeVisible();
  await startPack(serviceWorker, pack);

  await overlay.expectStep('open-users', 'anchored');
  const note = overlay.callout.locator('[data-cc="note"][role="status"]');
  await expect(note).toHaveText('3 steps were already done: skipped.');
  await page.screenshot({ path: 'test-results/screens/overlay-already-done.png' });
  const progress = await readProgress(serviceWorker, pack.id);
  for (const id of ['open-create-alias', 'type-alias', 'save-alias']) expect(progress[id], id).toMatchObject({ status: 'done', verified: true, already: true });
  expect(progress['open-users']).toBeUndefined();
  expect(await activeStep(serviceWorker)).toBe('open-users');

  const popup = await page.context().newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const active = popup.locator(`[data-pack-id="${pack.id}"]`);
  await expect(active.locator('[data-cc="tested-against"]')).toHaveText('Tested against the console of November 2026');
  for (const id of ['open-create-alias', 'type-alias', 'save-alias']) {
    const item = active.locator(`[data-step-id="${id}"]`);
    await expect(item).toHaveAttribute('data-status', 'done');
    await expect(item).toHaveAttribute('data-verified', 'true');
    await expect(item).toHaveAttribute('data-already', 'true');
    await expect(item).toContainText('Already done');
  }
  await expect(active.locator('[data-step-id="open-users"]')).toHaveAttribute('data-status', 'current');
  await expect(active.locator('[data-cc="already-count"]')).toContainText('3 of them already done');
  await popup.screenshot({ path: 'test-results/screens/popup-already-done.png', fullPage: true });
  const axe = await new AxeBuilder({ page: popup }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  await popup.goto(`chrome-extension://${extensionId}/options.html`);
  const card = popup.locator(`[data-pack-id="${pack.id}"]`);
  await expect(card).toContainText('3 done (3 already)');
  await expect(card).toContainText('Tested against the console of November 2026');
  await card.getByText(/^Steps \(/).click();
  await expect(card.locator('[data-step-id="type-alias"]')).toContainText('Already done');
  await popup.close();
});

test('without the alias the section is not skipped: its first step runs', async ({ page, serviceWorker }) => {
  const overlay = new OverlayPage(page);
  const pack = readPack(ALREADY);
  await page.goto(IAM_HOME);
  await startPack(serviceWorker, pack);
  await overlay.expectStep('open-create-alias', 'anchored');
  await expect(overlay.callout.locator('[data-cc="note"]')).toHaveText('');
  expect(await readProgress(serviceWorker, pack.id)).toEqual({});
});
