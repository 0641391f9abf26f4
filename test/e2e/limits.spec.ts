import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { LIMITS } from '../../packs/format/limits';

/** The largest pack the format allows: the most steps, each with a long body, just under the file size limit. */
function largestPack(): string {
  const sections = LIMITS.steps / LIMITS.stepsPerSection;
  const body = 'Choose **Next** when ready. '.repeat(40).trim();
  const lines = ['format: 1', 'id: largest-pack', 'version: 1.0.0', 'title: The largest pack', 'summary: As many steps as a pack may have.', 'author: { name: Console Coach tests }', 'locale: en', 'estimatedMinutes: 600', 'sections:'];
  for (let s = 0; s < sections; s++) {
    lines.push(`  - id: section-${s}`, `    title: Section ${s + 1}`, '    steps:');
    for (let i = 0; i < LIMITS.stepsPerSection; i++) {
      lines.push(`      - id: step-${s}-${i}`, `        title: Step ${s + 1}.${i + 1}`, `        body: "${body}"`, '        done: { any: [{ manual: true }] }');
    }
  }
  const text = `${lines.join('\n')}\n`;
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
  await expect(page.locator('[data-pack-id="largest-pack"]')).toBeVisible();
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
