import { readFileSync } from 'node:fs';
import { test, expect, IAM_HOME, iamUrl } from './fixtures';
import { readPack, startPack } from '../support/packs';
import { within } from '../support/timeouts';

test('a step whose target is gone lands in the drift report, which exports ids and masked addresses only', async ({ context, page, serviceWorker, extensionId }) => {
  test.setTimeout(within(60_000));
  const pack = readPack('test/fixtures/packs/overlay-tour.yaml');
  // A target the console no longer has (as after a console redesign).
  pack.sections[0]!.steps[0]!.target = [{ role: 'link', name: 'Users (renamed)', within: { heading: 'Access management' } }];
  await page.goto(`${IAM_HOME}?secret=CANARY-query`);
  await startPack(serviceWorker, pack);
  const callout = page.locator('console-coach-overlay [data-cc="callout"]');
  await expect(callout).toHaveAttribute('data-state', 'missing', { timeout: within(15_000) });

  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/options.html`);
  const report = library.locator(`[data-pack-id="${pack.id}"] [data-cc="drift-report"]`);
  await expect(report.locator('summary')).toHaveText('Drift report: 1 place, seen 1 time');
  await report.locator('summary').click();
  await expect(report.locator('[data-step-id="open-users"]')).toContainText('Target not found');
  await expect(report.locator('[data-step-id="open-users"]')).toContainText('the Users (renamed) link');
  await library.screenshot({ path: 'test-results/screens/drift-report.png', fullPage: true });

  const download = library.waitForEvent('download');
  await report.getByRole('button', { name: 'Export drift report' }).click();
  const text = readFileSync((await (await download).path())!, 'utf8');
  const file = JSON.parse(text) as { format: string; entries: { stepId: string; where: string; count: number; detectedPages: string[] }[] };
  expect(file.format).toBe('console-coach-drift-report');
  expect(file.entries).toEqual([expect.objectContaining({ stepId: 'open-users', where: 'console:/iam/home#/home', count: 1, detectedPages: ['iam.dashboard'] })]);
  // Nothing from the page or the address: no query, no account id, no page text.
  for (const leak of ['CANARY', 'secret', '123456789012', 'IAM Dashboard', 'Security recommendations', 'region=']) expect(text).not.toContain(leak);

  // A reload sees it again: the count goes up, the place stays one.
  await page.reload();
  await expect(callout).toHaveAttribute('data-state', 'missing', { timeout: within(15_000) });
  await expect(report.locator('summary')).toHaveText('Drift report: 1 place, seen 2 times');
  await report.getByRole('button', { name: 'Clear report' }).click();
  await expect(report).toHaveCount(0);
});

test('a pack that lists a guessed user name as its own page gets the address back masked, with catalogue page ids only', async ({ page, serviceWorker }) => {
  test.setTimeout(within(60_000));
  const pack = readPack('test/fixtures/packs/overlay-tour.yaml');
  // The guess as a page of the pack's own, by address and by heading.
  pack.pages = [{ id: 'guess.alice', title: 'Alice?', urls: [{ host: 'console', path: ['/iam/home'], hash: ['/users/details/alice'] }], signature: { heading: 'alice' } }];
  const first = pack.sections[0]!.steps[0]!;
  pack.sections[0]!.steps[0] = { ...first, page: 'guess.alice', target: [{ role: 'button', name: 'Not on this page' }] };
  await page.goto(iamUrl('/users/details/alice'));
  await startPack(serviceWorker, pack);
  await expect(page.locator('console-coach-overlay [data-cc="callout"]')).toHaveAttribute('data-state', 'missing', { timeout: within(15_000) });
  const driftEntries = async () => {
    const all = (await serviceWorker.evaluate(() => chrome.storage.local.get(null))) as Record<string, unknown>;
    return Object.entries(all).filter(([key]) => key.startsWith('drift.')).map(([, value]) => value as { where: string; detectedPages: string[]; kind: string });
  };
  await expect.poll(async () => (await driftEntries()).length).toBe(1);
  const [entry] = await driftEntries();
  expect(entry).toMatchObject({ where: 'console:/iam/home#/users/details/*', kind: 'target-not-found' });
  expect(entry!.detectedPages).toContain('iam.user');
  expect(entry!.detectedPages).not.toContain('guess.alice');
});
