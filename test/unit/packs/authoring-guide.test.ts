import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../../packs/format/load';
import { ALLOWED_LINK_HOSTS } from '../../../packs/format/links';
import { CATALOGUE, CATALOGUE_PAGE_IDS } from '../../../packs/catalogue/catalogue';

const guide = readFileSync('docs/authoring.md', 'utf8');

describe('docs/authoring.md', () => {
  it("has a worked example that is a valid pack", () => {
    const example = guide.match(/```yaml\n([\s\S]*?)```/)?.[1];
    expect(example).toBeDefined();
    const result = loadPack(example!, { knownPages: CATALOGUE_PAGE_IDS });
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('lists every catalogue page and every allowed link host', () => {
    for (const page of CATALOGUE) expect(guide).toContain(`\`${page.id}\``);
    for (const host of ALLOWED_LINK_HOSTS) expect(guide).toContain(`\`${host}\``);
  });

  it('has alreadyDone and off-console snippets that load inside a pack', () => {
    const blocks = [...guide.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]!);
    const head = 'format: 1\nid: x\nversion: 1.0.0\ntitle: X\nsummary: X\nauthor: { name: X }\nlocale: en\nestimatedMinutes: 5\n';
    const offConsole = blocks.find((block) => block.includes('id: back-to-sign-in'));
    const already = blocks.find((block) => block.includes('id: billing-access'));
    expect(offConsole && already).toBeTruthy();
    const packs = [
      `${head}sections:\n  - id: s\n    title: S\n    steps:\n${offConsole}`,
      `${head}${already!.replace('      - …\n', '      - { id: a, title: A, done: { any: [{ manual: true }] } }\n')}`,
    ];
    for (const text of packs) {
      const result = loadPack(text, { knownPages: CATALOGUE_PAGE_IDS });
      expect(result.ok ? [] : result.problems).toEqual([]);
    }
  });
});
