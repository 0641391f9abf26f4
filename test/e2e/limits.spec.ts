import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { LIMITS } from '../../packs/format/limits';
import { within } from '../support/timeouts';

/** A pack of `steps` self-reported steps, each with a body `bodyRepeats` sentences long. */
function manualPack(id: string, title: string, steps: number, bodyRepeats: number): string {
  const sections = Math.ceil(steps / LIMITS.stepsPerSection);
  const body = 'Choose **Next** when ready. '.repeat(bodyRepeats).trim();
  const lines = ['format: 1', `id: ${id}`, 'version: 1.0.0', `title: ${title}`, 'summary: Steps the student marks done.', 'author: { name: Console Coach tests }', 'locale: en', 'estimatedMinutes: 600', 'sections:'];
  for (let s = 0; s < sections; s++) {
    lines.push(`  - id: section-${s}`, `    title: Section ${s + 1}`, '    steps:');
    for (let i = 0; i < Math.min(LIMITS.stepsPerSection, steps - s * LIMITS.stepsPerSection); i++) {
      lines.push(`      - id: step-${s}-${i}`, `        title: Step ${s + 1}.${i + 1}`, `        body: "${body}"`, '        done: { any: [{ manual: true }] }');
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The largest pack the format allows: the most steps, each with a long body, just under the file size limit. */
function largestPack(): string {
  const text = manualPack('largest-pack', 'The largest pack', LIMITS.steps, 40);
  expect(text.length).toBeLessThan(LIMITS.fileBytes);
  return text;
}

async function importText(page: Page, name: string, text: string) {
  await page.getByLabel('Import pack').setInputFiles({ name, mimeType: 'text/yaml', buffer: Buffer.from(text) });
}

test('the largest allowed pack imports', async ({ page, extensionId, serviceWorker }) => {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await importText(page, 'largest-pack.yaml', largestPack());
  await expect(page.locator('[data-cc="review"]')).toContainText(`${LIMITS.steps} steps`);
  await page.getByRole('button', { name: 'Install' }).click();
  // Installing 300 steps validates and stores them all: on a crowded machine that alone took over 30 s.
  await expect(page.locator('[data-pack-id="largest-pack"]')).toBeVisible({ timeout: within(60_000) });
  const stored = (await serviceWorker.evaluate(() => chrome.storage.local.get('pack.largest-pack'))) as Record<string, { pack: { sections: { steps: unknown[] }[] } }>;
  expect(stored['pack.largest-pack']!.pack.sections.flatMap((s) => s.steps)).toHaveLength(LIMITS.steps);
});

test('importing past the storage quota says so and leaves the library and progress untouched', async ({ page, extensionId, serviceWorker }) => {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  // The background seeds the four built-in packs at start: the snapshot is taken once it has.
  await expect
    .poll(async () => Object.keys(await serviceWorker.evaluate(() => chrome.storage.local.get(null))).filter((k) => /^pack\.[a-z0-9-]+$/.test(k)).length)
    .toBe(4);
  await serviceWorker.evaluate(() =>
    chrome.storage.local.set({ 'progress.iam-first-steps.open-dashboard': { status: 'done', at: new Date().toISOString(), verified: true } }),
  );
  const before = await serviceWorker.evaluate(() => chrome.storage.local.get(null));
  // Fill extension storage close to its 10 MB quota (no unlimitedStorage permission, on purpose).
  await serviceWorker.evaluate(async () => {
    const chunk = 'x'.repeat(1024 * 1024);
    for (let i = 0; i < 9; i++) await chrome.storage.local.set({ [`filler.${i}`]: chunk });
    await chrome.storage.local.set({ 'filler.last': 'x'.repeat(800 * 1024) });
  });
  await importText(page, 'largest-pack.yaml', largestPack());
  await page.getByRole('button', { name: 'Install' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'storage is full' })).toBeVisible();
  const after = (await serviceWorker.evaluate(() => chrome.storage.local.get(null))) as Record<string, unknown>;
  const kept = Object.fromEntries(Object.entries(after).filter(([k]) => !k.startsWith('filler.')));
  expect(kept).toEqual(before);
});

test('two tabs × 200 interleaved step completions are all recorded', async ({ context, page, extensionId, serviceWorker }) => {
  // 400 clicks, each waited for: a hang guard sized for a busy two-core machine.
  test.setTimeout(within(120_000));
  const PER_TAB = 200;
  const packs = ['tab-one-pack', 'tab-two-pack'];
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  for (const id of packs) {
    await importText(page, `${id}.yaml`, manualPack(id, id, PER_TAB, 1));
    await page.getByRole('button', { name: 'Install' }).click();
    await expect(page.locator(`[data-pack-id="${id}"]`)).toBeVisible();
  }
  // The second library in a window of its own: a tab behind another draws about once a second,
  // and the clicks, which wait for it to draw, took 1–2 s each (4.5 min for the test in CI).
  const opened = context.waitForEvent('page');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Target.createTarget', { url: `chrome-extension://${extensionId}/options.html`, newWindow: true });
  const tabs = [page, await opened];
  await tabs[1]!.waitForLoadState();
  // Each tab shows one pack's checklist in the library and marks its steps done, both at once.
  const checklists = tabs.map((tab, t) => tab.locator(`[data-pack-id="${packs[t]}"]`));
  for (const checklist of checklists) await checklist.locator('summary').click();
  const stepIds = Array.from({ length: PER_TAB }, (_, i) => `step-${Math.floor(i / LIMITS.stepsPerSection)}-${i % LIMITS.stepsPerSection}`);
  for (const stepId of stepIds) {
    await Promise.all(checklists.map((checklist) => checklist.locator(`[data-step-id="${stepId}"]`).getByRole('button', { name: /^Mark done/ }).click()));
  }
  const recorded = async () => {
    const all = (await serviceWorker.evaluate(() => chrome.storage.local.get(null))) as Record<string, unknown>;
    return packs.map((id) => stepIds.filter((step) => all[`progress.${id}.${step}`]).length);
  };
  await expect.poll(recorded).toEqual([PER_TAB, PER_TAB]);
  const [one, two] = await recorded();
  console.log(`two tabs × ${PER_TAB} interleaved completions: ${one! + two!}/${2 * PER_TAB} recorded`);
  // Both tabs show what storage holds.
  for (const [t, tab] of tabs.entries()) {
    await expect(tab.locator(`[data-pack-id="${packs[t]}"] summary`)).toHaveText(`Steps (${PER_TAB} of ${PER_TAB} done)`);
    await expect(tab.locator(`[data-pack-id="${packs[1 - t]}"] summary`)).toHaveText(`Steps (${PER_TAB} of ${PER_TAB} done)`);
  }
});
