import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, iamUrl, IAM_HOME } from './fixtures';
import { readPack, readProgress, startPack } from '../support/packs';
import { CHROME_EXTENSION_DIR, launchPracticeBrowser } from '../support/launch';
import { createPracticeBackend } from '../practice-console/server/practice-server';
import { MAX_REMOUNTS } from '../../overlay/keep-mounted';
import { within } from '../support/timeouts';
import { packPastTheLoader, packSource } from '../support/hostile-addresses';

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
  // Wait until the old worker is gone (Debian's Chromium does not start a new one for a
  // command-line-loaded extension; the old content scripts are orphaned either way).
  const gone = new Promise((resolve) => serviceWorker.once('close', resolve));
  await serviceWorker.evaluate(() => void setTimeout(() => (chrome as unknown as { runtime: { reload(): void } }).runtime.reload(), 50));
  await gone;
  for (const tab of tabs) {
    await tab.bringToFront();
    await tab.mouse.click(700, 500);
    await expect(tab.locator('console-coach-overlay')).toHaveCount(0);
  }
  expect(errors).toEqual([]);
});

test('after a tab reload the tutorial resumes at the same step, with one overlay per tab', async ({ context, page, serviceWorker }) => {
  await page.goto(iamUrl('/users'));
  await startPack(serviceWorker, readPack(TOUR), 'start-create-user');
  const tabs = [page, await context.newPage(), await context.newPage()];
  await tabs[1]!.goto(iamUrl('/users'));
  await tabs[2]!.goto(IAM_HOME);
  for (const tab of tabs) {
    await tab.reload();
    await expect(tab.locator('console-coach-overlay [data-cc="callout"]')).toHaveAttribute('data-step-id', 'start-create-user');
    await expect(tab.locator('console-coach-overlay')).toHaveCount(1);
  }
});

test(`when the page removes the overlay it comes back ${MAX_REMOUNTS} times, then stays away`, async ({ page, serviceWorker }) => {
  await page.goto(iamUrl('/users'));
  await startPack(serviceWorker, readPack(TOUR), 'start-create-user');
  const host = page.locator('console-coach-overlay');
  await expect(host.locator('[data-cc="callout"]')).toBeVisible();
  for (let i = 0; i < MAX_REMOUNTS; i++) {
    await page.evaluate(() => document.querySelector('console-coach-overlay')!.remove());
    await expect(host.locator('[data-cc="callout"]'), `back after removal ${i + 1}`).toBeVisible();
  }
  await page.evaluate(() => document.querySelector('console-coach-overlay')!.remove());
  // It must stay away: give it the time it took to come back before.
  await page.waitForTimeout(within(500));
  await expect(host).toHaveCount(0);
  // The page is still the student's: it works as before.
  await page.getByRole('link', { name: 'User groups' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'User groups' })).toBeVisible();
});

test('after an extension update (same profile, new version) the tutorial resumes where it was, with its progress', async () => {
  test.setTimeout(within(90_000));
  // An unpacked extension keeps its id and storage when its folder gets a new version: an update.
  const extensionDir = mkdtempSync(join(tmpdir(), 'console-coach-update-'));
  cpSync(CHROME_EXTENSION_DIR, extensionDir, { recursive: true });
  const userDataDir = mkdtempSync(join(tmpdir(), 'console-coach-profile-'));
  const backend = createPracticeBackend();
  const pack = readPack(TOUR);

  const before = await launchPracticeBrowser({ headless: true, extensionDir, userDataDir, backend });
  const worker = before.context.serviceWorkers()[0] ?? (await before.context.waitForEvent('serviceworker'));
  const tab = before.context.pages()[0] ?? (await before.context.newPage());
  await tab.goto(IAM_HOME);
  await startPack(worker, pack, 'open-users');
  await expect(tab.locator('console-coach-overlay [data-cc="callout"]')).toHaveAttribute('data-step-id', 'open-users');
  await tab.getByRole('link', { name: 'Users', exact: true }).first().click();
  await expect(tab.locator('console-coach-overlay [data-cc="callout"]')).toHaveAttribute('data-step-id', 'start-create-user');
  const progressBefore = await readProgress(worker, pack.id);
  expect(Object.keys(progressBefore)).toEqual(['open-users']);
  // A pack an older version let in: its page address names another host (today's loader refuses it).
  const hostileUrl = { host: 'console' as const, path: ['@attacker.example/oauth'] };
  const stale = packPastTheLoader('let-in-before', hostileUrl);
  await worker.evaluate(
    ([id, value]) => chrome.storage.local.set({ [`pack.${id}`]: value, [`pack.${id}$`]: { v: 2 } }),
    [stale.id, { pack: stale, origin: { kind: 'imported', fileName: 'let-in-before.json', installedAt: new Date().toISOString(), source: JSON.stringify(packSource(stale.id, hostileUrl)) } }] as const,
  );
  await before.context.close();

  const manifestPath = join(extensionDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
  writeFileSync(manifestPath, JSON.stringify({ ...manifest, version: '99.0.0' }));

  const after = await launchPracticeBrowser({ headless: true, extensionDir, userDataDir, backend });
  try {
    const updated = after.context.serviceWorkers()[0] ?? (await after.context.waitForEvent('serviceworker'));
    expect(await updated.evaluate(() => chrome.runtime.getManifest().version)).toBe('99.0.0');
    expect(await readProgress(updated, pack.id)).toEqual(progressBefore);
    // After the update every imported pack is held to today's checks: the tour stays, the other goes, and the library says why.
    await expect.poll(async () => Object.keys(await updated.evaluate(() => chrome.storage.local.get(null))).filter((k) => k.startsWith('pack.let-in-before'))).toEqual([]);
    const library = await after.context.newPage();
    await library.goto(`chrome-extension://${new URL(updated.url()).host}/options.html`);
    await expect(library.getByText(/no longer passes this version's safety checks.*let-in-before\.json:\d+:\d+/)).toBeVisible();
    await expect(library.locator(`[data-pack-id="${pack.id}"]`)).toBeVisible();
    await library.close();
    const again = after.context.pages()[0] ?? (await after.context.newPage());
    await again.goto(iamUrl('/users'));
    await expect(again.locator('console-coach-overlay [data-cc="callout"]')).toHaveAttribute('data-step-id', 'start-create-user');
    await expect(again.locator('console-coach-overlay')).toHaveCount(1);
    expect([...before.refusedRequests, ...after.refusedRequests]).toEqual([]);
  } finally {
    await after.context.close();
    rmSync(userDataDir, { recursive: true, force: true });
    rmSync(extensionDir, { recursive: true, force: true });
  }
});
