import { test, expect, iamUrl, IAM_HOME } from './fixtures';
import { readPack, readProgress, startPack } from '../support/packs';

const TOUR = 'test/fixtures/packs/overlay-tour.yaml';

test('stopping the service worker again and again during a tutorial loses no progress', async ({ context, page, serviceWorker }) => {
  const pack = readPack(TOUR);
  await page.goto(iamUrl('/users'));
  await startPack(serviceWorker, pack, 'start-create-user');
  const cdp = await context.newCDPSession(page);
  const popup = await context.newPage();
  const extensionId = new URL(serviceWorker.url()).host;
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const steps = ['name-user', 'attach-directly', 'to-review', 'create', 'install-app'];
  for (const step of steps) {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await popup.locator(`[data-step-id="${step}"]`).getByRole('button', { name: /^Mark done/ }).click();
  }
  const worker = context.serviceWorkers().at(-1) ?? (await context.waitForEvent('serviceworker'));
  await expect.poll(async () => Object.keys(await readProgress(worker, pack.id)).sort()).toEqual([...steps].sort());
});

test('after the extension is reloaded, the old overlays in open tabs go away when the student touches the page, without errors', async ({ context, page, serviceWorker }) => {
  await page.goto(IAM_HOME);
  await startPack(serviceWorker, readPack(TOUR), 'start-create-user');
  const tabs = [page, await context.newPage(), await context.newPage()];
  await tabs[1]!.goto(iamUrl('/users'));
  await tabs[2]!.goto(iamUrl('/groups'));
  const errors: string[] = [];
  for (const tab of tabs) {
    tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await expect(tab.locator('console-coach-overlay [data-cc="callout"]')).toBeVisible();
  }
  // Reload after the call returns: the worker that runs it goes away.
  await serviceWorker.evaluate(() => void setTimeout(() => (chrome as unknown as { runtime: { reload(): void } }).runtime.reload(), 50));
  await page.waitForTimeout(1000);
  for (const tab of tabs) {
    await tab.bringToFront();
    await tab.mouse.click(700, 500);
    await expect(tab.locator('console-coach-overlay')).toHaveCount(0);
  }
  expect(errors).toEqual([]);
});
