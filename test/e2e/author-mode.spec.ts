import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { test, expect, iamUrl } from './fixtures';
import { readProgress } from '../support/packs';

/** A step of a draft pack, with a snippet copied from author mode as its page and target. */
const step = (id: string, title: string, snippet: string) =>
  [`      - id: ${id}`, `        title: ${title}`, ...snippet.trimEnd().split('\n').map((line) => `        ${line}`), '        done: { any: [{ manual: true }] }'].join('\n');

const draft = (steps: string[]) =>
  ['format: 1', 'id: picked-draft', 'version: 0.1.0', 'title: Picked draft', 'summary: Targets picked in author mode.', 'author: { name: An instructor }', 'locale: en', 'estimatedMinutes: 5', 'sections:', '  - id: users', '    title: Users', '    steps:', ...steps].join('\n') + '\n';

async function pick(page: Page, target: ReturnType<Page['locator']>) {
  const panel = page.locator('console-coach-overlay [data-cc="author-panel"]');
  // The picker is on once its panel shows (it loads on demand).
  await expect(panel).toBeVisible();
  // The pointer, not the element: author mode's transparent catcher covers the page and takes it.
  const box = (await target.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(panel.locator('[data-cc="author-descriptors"]')).toBeVisible();
  return panel;
}

test('author mode picks targets that a draft previews on the same elements; a broken draft target records no drift', async ({ context, page, extensionId, serviceWorker }) => {
  test.setTimeout(90_000);
  const library = page;
  await library.goto(`chrome-extension://${extensionId}/options.html`);
  await library.getByRole('button', { name: 'Turn author mode on' }).click();

  const consoleTab = await context.newPage();
  await consoleTab.goto(iamUrl('/users'));
  const createUser = consoleTab.locator('#root').getByRole('button', { name: 'Create user' }).first();
  let panel = await pick(consoleTab, createUser);
  // The click never reached the console: still on the Users list.
  await expect(consoleTab.getByRole('heading', { level: 1, name: /^Users/ })).toBeVisible();
  // The page has two Create user buttons (the header's and the empty table's): the bare role and
  // name matches both, the one scoped to the Users heading matches exactly the picked one.
  const descriptors = panel.locator('[data-cc="author-descriptors"] li');
  await expect(descriptors.first()).toHaveAttribute('data-kind', 'role');
  await expect(descriptors.first()).toContainText('role: "button", name: "Create user"');
  await expect(descriptors.filter({ hasText: 'matches exactly 1' }).first()).toHaveAttribute('data-kind', 'role');
  await expect(panel.locator('[data-cc="author-page"]')).toContainText('iam.users');
  await consoleTab.screenshot({ path: 'test-results/screens/author-mode.png' });
  const usersSnippet = await panel.locator('[data-cc="author-yaml"]').inputValue();
  expect(usersSnippet).toMatch(/^page: iam\.users\ntarget:\n {2}- role: "button"\n {4}name: "Create user"\n {4}within: \{ heading: "Users" \}/);

  await consoleTab.goto(iamUrl('/users/create'));
  const userName = consoleTab.getByLabel('User name');
  await userName.fill('typed-secret-name');
  panel = await pick(consoleTab, userName);
  await expect(panel.locator('[data-cc="author-descriptors"] li[data-kind="label"]').first()).toContainText('label: "User name"');
  await expect(panel.locator('[data-cc="author-descriptors"] li[data-kind="label"]').first()).toContainText('matches exactly 1');
  const fieldSnippet = await panel.locator('[data-cc="author-yaml"]').inputValue();
  expect(fieldSnippet).toContain('page: iam.users.create.details');
  expect(fieldSnippet).not.toContain('typed-secret-name');
  expect(await panel.textContent()).not.toContain('typed-secret-name');
  await panel.getByRole('button', { name: 'Exit author mode' }).click();
  await expect(panel).toHaveCount(0);

  // The copied YAML, put in a draft: it validates, and the preview points at the same elements.
  const broken = 'page: iam.users\ntarget:\n  - role: "button"\n    name: "Create user (renamed)"\n';
  const draftText = draft([step('create-user', 'Start creating a user', usersSnippet), step('name-user', 'Name the user', fieldSnippet), step('broken', 'A target the console lost', broken)]);
  await library.getByLabel('Draft pack (YAML or JSON)').fill(draftText);
  await expect(library.locator('[data-cc="draft-status"]')).toContainText('No problems: “Picked draft”, 3 steps.');
  // The draft is kept: closing and reopening the library loses nothing.
  await library.reload();
  await expect(library.getByLabel('Draft pack (YAML or JSON)')).toHaveValue(draftText);
  await expect(library.locator('[data-cc="draft-status"]')).toContainText('No problems: “Picked draft”, 3 steps.');
  await consoleTab.goto(iamUrl('/users'));
  await library.getByRole('button', { name: 'Preview in the console' }).click();
  const callout = consoleTab.locator('console-coach-overlay [data-cc="callout"]');
  await expect(callout).toHaveAttribute('data-step-id', 'create-user');
  await expect(callout).toHaveAttribute('data-state', 'anchored');
  await expect(callout).toContainText('Preview');
  const spot = await consoleTab.locator('console-coach-overlay [data-cc="spotlight"]').boundingBox();
  const box = await createUser.boundingBox();
  expect(Math.abs(spot!.x - box!.x) + Math.abs(spot!.y - box!.y)).toBeLessThanOrEqual(4);

  await library.getByLabel('Start at').selectOption('broken');
  await library.getByRole('button', { name: 'Preview in the console' }).click();
  await expect(callout).toHaveAttribute('data-step-id', 'broken');
  await expect(callout).toHaveAttribute('data-state', 'missing', { timeout: 15_000 });

  // Re-pick target: the author points at the right element; the draft's step gets its locators,
  // the old one kept after them as a fallback (it finds nothing here, it may hold elsewhere).
  await callout.getByRole('button', { name: 'Re-pick target' }).click();
  panel = consoleTab.locator('console-coach-overlay [data-cc="author-panel"]');
  await expect(panel.locator('[data-cc="repick-step"]')).toContainText('A target the console lost');
  await pick(consoleTab, createUser);
  await panel.getByRole('button', { name: 'Use for this step' }).click();
  await expect(panel).toHaveCount(0);
  await expect(library.locator('[data-cc="draft-arrived"]')).toContainText('“A target the console lost” has a new target in the draft.');
  const repaired = parse(await library.getByLabel('Draft pack (YAML or JSON)').inputValue()) as { sections: { steps: { id: string; target: unknown[] }[] }[] };
  expect(repaired.sections[0]!.steps.find((s) => s.id === 'broken')!.target).toEqual([
    { role: 'button', name: 'Create user', within: { heading: 'Users' } },
    { text: 'Create user', within: { heading: 'Users' } },
    { role: 'button', name: 'Create user (renamed)' },
  ]);
  // The preview goes on at that step, now pointing at the element picked.
  await expect(callout).toHaveAttribute('data-step-id', 'broken');
  await expect(callout).toHaveAttribute('data-state', 'anchored');
  await consoleTab.screenshot({ path: 'test-results/screens/author-repick.png' });

  // A preview records nothing (no progress, no drift) and leaves the student's tutorial alone.
  await callout.getByRole('button', { name: 'Stop preview' }).click();
  await expect(callout).toHaveCount(0);
  expect(await readProgress(serviceWorker, 'picked-draft')).toEqual({});
  expect(await serviceWorker.evaluate(() => chrome.storage.local.get('pack.picked-draft'))).toEqual({});
  const stored = Object.keys(await serviceWorker.evaluate(() => chrome.storage.local.get(null)));
  expect(stored.filter((key) => key.startsWith('drift.'))).toEqual([]);
  await expect(library.locator('[data-cc="drift-report"]')).toHaveCount(0);
});
