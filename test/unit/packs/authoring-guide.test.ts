import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../../packs/format/load';
import { loadCatalogue } from '../../../packs/format/catalogue';
import { ALLOWED_LINK_HOSTS } from '../../../packs/format/links';

const guide = readFileSync('docs/authoring.md', 'utf8');
const catalogue = loadCatalogue(readFileSync('packs/pages.yaml', 'utf8'));
if (!catalogue.ok) throw new Error('catalogue');

describe('docs/authoring.md', () => {
  it("has a worked example that is a valid pack", () => {
    const example = guide.match(/```yaml\n([\s\S]*?)```/)?.[1];
    expect(example).toBeDefined();
    const result = loadPack(example!, { knownPages: new Set(catalogue.pages.map((p) => p.id)) });
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('lists every catalogue page and every allowed link host', () => {
    for (const page of catalogue.pages) expect(guide).toContain(`\`${page.id}\``);
    for (const host of ALLOWED_LINK_HOSTS) expect(guide).toContain(`\`${host}\``);
  });
});
