import AxeBuilder from '@axe-core/playwright';
import { test, expect, iamUrl, IAM_HOME } from './fixtures';
import { OverlayPage, overlaps } from './overlay-pages';

import { activeStep, readPack, readProgress, startPack } from '../support/packs';
import { within } from '../support/timeouts';

const TOUR = 'test/fixtures/packs/overlay-tour.yaml';

test('plays the tour: each callout points at its element, and clicking through records verified steps', async ({ page, serviceWorker, backend }) => {
  test.setTimeout(within(90_000));
  const overlay = new OverlayPage(page);
  const pack = readPack(TOUR);
  await page.goto(IAM_HOME);
  await startPack(serviceWorker, pack);

  await overlay.expectStep('open-users', 'anchored');
  const usersLink = page.locator('[data-testid="iamv2-side-navigation"]').getByRole('link', { name: 'Users', exact: true });
  await overlay.expectSpotlightOn(usersLink);
  await page.screenshot({ path: 'test-results/screens/overlay-step-1.png' });
  await usersLink.click();

  await overlay.expectStep('start-create-user', 'anchored');
  const createUser = page.getByRole('button', { name: 'Create user' }).first();
  await overlay.expectSpotlightOn(createUser);
  await createUser.click();

  await overlay.expectStep('name-user', 'anchored');
  const userName = page.getByLabel('User name');
  await overlay.expectSpotlightOn(userName);
  await userName.fill('admin');
  await page.getByRole('button', { name: 'Next' }).click();

  await overlay.expectStep('attach-directly', 'anchored');
  const attach = page.locator('#root').getByText('Attach policies directly', { exact: true });
  await overlay.expectSpotlightOn(attach);
  await attach.click();

  await overlay.expectStep('to-review', 'anchored');
  await page.getByRole('checkbox', { name: 'AdministratorAccess' }).check();
  const next = page.getByRole('button', { name: 'Next' });
  await overlay.expectSpotlightOn(next);
  await next.click();

  await overlay.expectStep('create', 'anchored');
  const create = page.getByRole('button', { name: 'Create user' });
  await overlay.expectSpotlightOn(create);
  await create.click();

  // The next section starts on a user's page: the callout says where, and Go there takes the student.
  await overlay.expectStep('open-credentials-tab', 'elsewhere');
  await overlay.button('Go there').click();
  await expect(page).toHaveURL(/#\/users$/);
  await page.getByRole('link', { name: 'admin', exact: true }).click();

  await overlay.expectStep('open-credentials-tab', 'anchored');
  const tab = page.getByRole('tab', { name: 'Security credentials' });
  await overlay.expectSpotlightOn(tab);
  await tab.click();

  await overlay.expectStep('assign-mfa', 'anchored');
  await expect(overlay.callout).toContainText('The MFA secret is shown only on the next page');
  const assign = page.getByRole('button', { name: 'Assign MFA device' }).first();
  await overlay.expectSpotlightOn(assign);
  await assign.click();

  await overlay.expectStep('name-device', 'anchored');
  await overlay.expectSpotlightOn(page.getByLabel('Device name'));
  await page.getByLabel('Device name').fill('admin-phone');
  await page.getByText('Authenticator app', { exact: true }).click();
  await page.getByRole('button', { name: 'Next' }).click();

  // A manual step: docked, with Done, and a link that shows its host.
  await overlay.expectStep('install-app', 'anchored');
  await expect(overlay.callout.getByRole('link', { name: /AWS guide/ })).toContainText('(docs.aws.amazon.com)');
  await page.screenshot({ path: 'test-results/screens/overlay-manual-step.png' });
  await overlay.button('Done').click();
  await expect(overlay.callout).toContainText('Tutorial complete');

  const progress = await readProgress(serviceWorker, pack.id);
  const steps = pack.sections.flatMap((s) => s.steps.map((step) => step.id));
  expect(Object.keys(progress).sort()).toEqual([...steps].sort());
  for (const id of steps.filter((id) => id !== 'install-app')) expect(progress[id], id).toMatchObject({ status: 'done', verified: true });
  expect(progress['install-app']).toMatchObject({ status: 'done', verified: false });
  expect(backend.state.users.map((u) => u.name)).toEqual(['admin']);
});

test('a target inserted 10 s late gets its callout (after the fallback showed); a target that never comes gets the fallback', async ({ page, serviceWorker }) => {
  test.setTimeout(within(60_000));
  const overlay = new OverlayPage(page);
  const pack = readPack(TOUR);
  pack.sections[0]!.steps[0]!.target = [{ testId: 'late-button' }];
  await page.goto(IAM_HOME);
  await startPack(serviceWorker, pack);
  await overlay.expectStep('open-users', 'waiting');
  await expect(overlay.callout).toContainText('Looking for');
  // 10 s: past the 8 s after which the callout docks with its fallback; it must still find it.
  await page.evaluate(() =>
    setTimeout(() => {
      const button = document.createElement('button');
      button.dataset.testid = 'late-button';
      button.textContent = 'Arrived late';
      document.querySelector('h1')!.after(button);
    }, 10_000),
  );
  await expect(overlay.callout).toHaveAttribute('data-state', 'missing', { timeout: within(15_000) });
  await expect(overlay.callout).toHaveAttribute('data-state', 'anchored', { timeout: within(15_000) });
  await expect(overlay.callout).toHaveAttribute('data-step-id', 'open-users');
  await overlay.expectSpotlightOn(page.getByTestId('late-button'));

  pack.sections[0]!.steps[0]!.target = [{ testId: 'never-there' }];
  await startPack(serviceWorker, pack);
  await page.reload();
  await overlay.expectStep('open-users', 'waiting');
  await expect(overlay.callout).toHaveAttribute('data-state', 'missing', { timeout: within(15_000) });
  await expect(overlay.callout).toContainText("Can't find");
  await page.screenshot({ path: 'test-results/screens/overlay-missing.png' });
  // A step the coach could have seen: the learner says so with "I did this" (self-reported).
  await overlay.button('I did this').click();
  await expect.poll(() => activeStep(serviceWorker)).toBe('start-create-user');
  expect((await readProgress(serviceWorker, pack.id))['open-users']).toMatchObject({ status: 'done', verified: false });
});

test('while a console modal is open, focus stays in it', async ({ page, serviceWorker }) => {
  const overlay = new OverlayPage(page);
  const pack = readPack(TOUR);
  await page.goto(IAM_HOME);
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  const modal = page.getByRole('dialog', { name: 'Create alias for AWS account' });
  await expect(modal).toBeVisible();
  await page.getByLabel('Preferred alias').focus();
  await startPack(serviceWorker, pack);
  await expect(overlay.callout).toBeVisible();
  await page.waitForTimeout(within(300));
  const focusInModal = await page.evaluate(() => !!document.activeElement?.closest('[role="dialog"]'));
  expect(focusInModal).toBe(true);
  await page.keyboard.type('my-class');
  await expect(page.getByLabel('Preferred alias')).toHaveValue('my-class');
  // The step's target is behind the dialog: the coach waits instead of covering the dialog.
  await overlay.expectStep('open-users', 'waiting');
  await expect(overlay.callout).toContainText('Finish or close the open dialog');
  await expect(overlay.spotlight).toHaveCount(0);
  // The dialog's panel (its role="dialog" element spans the whole viewport with the backdrop).
  const panel = modal.locator('[class*="awsui_dialog_"]').first();
  expect(overlaps((await overlay.callout.boundingBox())!, (await panel.boundingBox())!), 'the waiting callout covers the dialog').toBe(false);
  await modal.getByRole('button', { name: 'Cancel' }).click();
  await overlay.expectStep('open-users', 'anchored');
});

test('a step inside a console dialog puts its callout beside the dialog, covering none of it', async ({ page, serviceWorker }) => {
  const overlay = new OverlayPage(page);
  const pack = readPack(TOUR);
  pack.sections[0]!.steps[0]!.target = [{ label: 'Preferred alias' }];
  await page.goto(IAM_HOME);
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  const modal = page.getByRole('dialog', { name: 'Create alias for AWS account' });
  await expect(modal).toBeVisible();
  await startPack(serviceWorker, pack);
  await overlay.expectStep('open-users', 'anchored');
  await overlay.expectSpotlightOn(page.getByLabel('Preferred alias'));
  const panel = modal.locator('[class*="awsui_dialog_"]').first();
  await expect.poll(async () => overlaps((await overlay.callout.boundingBox())!, (await panel.boundingBox())!)).toBe(false);
  await page.screenshot({ path: 'test-results/screens/overlay-beside-dialog.png' });
  // With no room beside the dialog, it goes above or below the field, never over it.
  await page.setViewportSize({ width: 900, height: 800 });
  await expect.poll(async () => overlaps((await overlay.callout.boundingBox())!, (await page.getByLabel('Preferred alias').boundingBox())!)).toBe(false);
});

test('the callout can be minimised with Esc and restored, and axe finds no violations in it', async ({ page, serviceWorker }) => {
  const overlay = new OverlayPage(page);
  await page.goto(iamUrl('/users'));
  await startPack(serviceWorker, readPack(TOUR), 'start-create-user');
  await overlay.expectStep('start-create-user', 'anchored');
  const results = await new AxeBuilder({ page }).include('console-coach-overlay').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await overlay.callout.getByRole('button', { name: 'Minimise (Esc)' }).focus();
  await page.keyboard.press('Escape');
  await expect(overlay.callout).toHaveCount(0);
  await page.locator('console-coach-overlay [data-cc="restore"]').click();
  await overlay.expectStep('start-create-user', 'anchored');
});

test('a step for the root user is blocked for an IAM user, with what to do', async ({ page, serviceWorker, backend }) => {
  const overlay = new OverlayPage(page);
  backend.dispatch({ type: 'createUser', name: 'alice', consoleAccess: true, passwordKind: 'autogenerated', mustChangePassword: false, groups: [], policies: ['AdministratorAccess'] });
  backend.dispatch({ type: 'signIn', identity: { kind: 'iam-user', userName: 'alice' } });
  const pack = readPack(TOUR);
  pack.sections[0]!.steps[0]!.identity = 'root';
  await page.goto(IAM_HOME);
  await startPack(serviceWorker, pack);
  await overlay.expectStep('open-users', 'blocked');
  await expect(overlay.callout).toContainText('needs the root user');
});
