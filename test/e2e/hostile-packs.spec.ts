import { existsSync } from 'node:fs';
import type { Page, Worker } from '@playwright/test';
import { test, expect, IAM_HOME } from './fixtures';
import { ALLOWED_LINK_HOSTS } from '../../packs/format/links';
import { corpusPayloads, licenceText, xssCorpus } from '../support/xss-corpus';
import { hostilePacks } from '../support/hostile-packs';
import { ALLOWED_ATTRIBUTES, OVERLAY_TAGS, PAGE_TAGS, auditRendering, type AuditFindings } from '../support/render-audit';

/** The link allow-list as one anchored pattern, `*.` meaning any subdomain. */
const allowedHost = `^(${ALLOWED_LINK_HOSTS.map((h) => (h.startsWith('*.') ? `[^/]+${h.slice(1)}` : h).replaceAll('.', '\\.').replace('[^/]+\\.', '[^/]+\\.')).join('|')})$`;

/** Every dialog (alert, confirm, prompt) any page opens is a script that ran; count and dismiss it. */
function countDialogs(page: Page, count: { n: number; what: string[] }) {
  page.on('dialog', (dialog) => {
    count.n += 1;
    count.what.push(`${dialog.type()}: ${dialog.message().slice(0, 60)}`);
    void dialog.dismiss();
  });
}

const audit = (page: Page, root: 'document' | 'overlay') =>
  page.evaluate(auditRendering, { root, tags: root === 'overlay' ? OVERLAY_TAGS : PAGE_TAGS, attributes: ALLOWED_ATTRIBUTES, allowedHost });

function expectClean(result: AuditFindings, where: string) {
  expect(result.findings, where).toEqual([]);
}

async function setActive(worker: Worker, packId: string, stepId: string) {
  await worker.evaluate(([packId, stepId]) => chrome.storage.local.set({ activePack: { packId, stepId } }), [packId, stepId] as const);
}

test('the corpus licences are recorded and present', () => {
  for (const source of xssCorpus()) {
    expect(licenceText(source), `${source.npmPackage} licence`).toMatch(source.licence === 'MIT' ? /MIT License|Permission is hereby granted/ : /Redistribution and use/);
    expect(source.payloads.length, source.name).toBeGreaterThan(10);
  }
  expect(existsSync('SECURITY.md')).toBe(true);
});

test('hostile strings in every text and link field render as text in the library, popup and overlay', async ({ context, page, extensionId, serviceWorker }) => {
  test.setTimeout(600_000);
  const payloads = corpusPayloads();
  const packs = hostilePacks(payloads.map((p) => p.payload));
  expect(packs.refusedWithoutPlace, 'refusals without a path or position').toBe(0);
  const dialogs = { n: 0, what: [] as string[] };
  countDialogs(page, dialogs);
  let elements = 0;
  let links = 0;
  let screens = 0;

  // The library: import (review screen), install, and each pack's checklist.
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  for (const file of packs.files) {
    await page.getByLabel('Import pack').setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
    await expect(page.locator('[data-cc="review"]')).toBeVisible();
    const review = await audit(page, 'document');
    expectClean(review, `review of ${file.name}`);
    await page.getByRole('button', { name: 'Install' }).click();
    const listed = page.locator(`[data-pack-id="${file.id}"]`);
    await listed.locator('summary').click();
    await expect(listed.locator('[data-step-id]')).toHaveCount(file.stepIds.length);
    const library = await audit(page, 'document');
    expectClean(library, `library with ${file.name}`);
    await listed.locator('summary').click();
    elements += review.elements + library.elements;
    links += review.links + library.links;
    screens += 2;
  }

  // The popup, with each pack running.
  const popup = await context.newPage();
  countDialogs(popup, dialogs);
  for (const file of packs.files) {
    await setActive(serviceWorker, file.id, file.stepIds[0]!);
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.locator(`[data-pack-id="${file.id}"] [data-step-id]`)).toHaveCount(file.stepIds.length);
    const result = await audit(popup, 'document');
    expectClean(result, `popup with ${file.name}`);
    elements += result.elements;
    links += result.links;
    screens += 1;
  }
  await popup.close();

  // The overlay on the practice console, at every step of every pack.
  const consoleTab = await context.newPage();
  countDialogs(consoleTab, dialogs);
  await consoleTab.goto(IAM_HOME);
  await expect(consoleTab.locator('console-coach-overlay')).toHaveCount(1);
  for (const file of packs.files) {
    for (const stepId of file.stepIds) {
      await setActive(serviceWorker, file.id, stepId);
      await expect(consoleTab.locator(`console-coach-overlay [data-cc="callout"][data-step-id="${stepId}"]`)).toBeVisible();
      const result = await audit(consoleTab, 'overlay');
      expectClean(result, `overlay at ${file.id}/${stepId}`);
      // Long unbroken payloads wrap inside the callout instead of spilling out of it.
      const spill = await consoleTab.evaluate(() => {
        const callout = document.querySelector('console-coach-overlay')!.shadowRoot!.querySelector('[data-cc="callout"]')!;
        return callout.scrollWidth - callout.clientWidth;
      });
      expect(spill, `callout overflow at ${file.id}/${stepId}`).toBeLessThanOrEqual(1);
      elements += result.elements;
      links += result.links;
      screens += 1;
    }
  }
  await expect(consoleTab.locator('console-coach-overlay')).toHaveCount(1);
  await consoleTab.screenshot({ path: 'test-results/hostile-overlay.png' });

  expect(dialogs.what, 'scripts that ran (dialogs opened)').toEqual([]);
  const sources = xssCorpus().map((s) => `${s.npmPackage} (${s.licence}, ${s.payloads.length})`).join(', ');
  console.log(
    `hostile corpus: ${payloads.length} distinct payloads from ${sources}; ${packs.accepted} payload fields rendered, ${packs.refused} refused by the loader with a problem; ` +
      `${screens} screens (review, library, popup, overlay) audited: ${elements} elements and ${links} links, 0 outside the allowed set, ${dialogs.n} script executions`,
  );
});

test('the rendering audit notices markup, handlers and links it must refuse', async ({ page }) => {
  await page.setContent(
    '<main><p>ok</p><img src="x" onerror="void 0"><svg></svg><a href="https://evil.example/">evil</a><a href="https://docs.aws.amazon.com/">docs</a><a href="javascript:void(0)">js</a><div style="background:url(x)"></div></main>',
  );
  const { findings } = await audit(page, 'document');
  expect(findings).toEqual(
    expect.arrayContaining([
      'event handler attribute onerror on <img>',
      'src "x" on <img>',
      'element <svg> is not one the UI uses',
      'link to a host off the allow-list: evil.example',
      'link to docs.aws.amazon.com does not show its host',
      'link to javascript: "javascript:void(0)"',
      'style "background:url(x)" on <div>',
    ]),
  );
});
