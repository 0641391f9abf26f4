import { test, expect, iamUrl } from './fixtures';
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
