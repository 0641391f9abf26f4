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
});
