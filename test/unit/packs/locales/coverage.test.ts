import { readFileSync } from 'node:fs';
import KNOWN_GAPS from './known-gaps.json';
import { describe, expect, it } from 'vitest';
import { consoleLabelsOf, pageLabelsOf, isLanguageIndependent, labelCoverage, localeCoverage, formatCoverage } from '../../../../packs/locales/coverage';
import { coverageMarkdown, replaceCoverageSection } from '../../../../packs/locales/coverage-table';
import { readBuiltinPacks, readLabelTables } from '../../../../packs/locales/files';
import { CONSOLE_LOCALES } from '../../../../packs/locales/locales';
import { loadPack } from '../../../../packs/format/load';
import { CATALOGUE, CATALOGUE_PAGE_IDS } from '../../../../packs/catalogue/catalogue';

const minimal = () => {
  const result = loadPack(readFileSync('test/fixtures/packs/valid-minimal.yaml', 'utf8'), { knownPages: CATALOGUE_PAGE_IDS });
  if (!result.ok) throw new Error('fixture');
  return result.pack;
};

describe('consoleLabelsOf', () => {
  it('lists every English string a pack matches on, with its kind and path, and its pages\' signatures', () => {
    const labels = consoleLabelsOf(minimal(), CATALOGUE);
    expect(labels).toEqual(
      expect.arrayContaining([
        { text: 'Create', kind: 'name', path: 'sections[0].steps[0].target[0].name[0]' },
        { text: 'Customize', kind: 'name', path: 'sections[0].steps[0].target[0].name[1]' },
        { text: 'AWS Account', kind: 'heading', path: 'sections[0].steps[0].target[0].within.heading' },
        { text: 'Create', kind: 'text', path: 'sections[0].steps[0].target[1].text' },
        { text: 'IAM Dashboard', kind: 'page-heading', path: 'page iam.dashboard: signature.heading' },
      ]),
    );
  });

  it('finds notification texts, appears and state locators, alreadyDone signs and pack pages', () => {
    const pack = minimal();
    const step = pack.sections[0]!.steps[0]!;
    step.done = { any: [{ flash: { type: 'success', text: 'alias created' } }, { appears: { label: 'Preferred alias' } }, { state: { of: { role: 'tab', name: 'Security credentials' }, is: 'selected' } }] };
    step.alreadyDone = { page: 'iam.dashboard', any: [{ appears: { text: 'Delete', within: { heading: 'AWS Account' } } }] };
    const texts = consoleLabelsOf(pack, CATALOGUE).map((label) => `${label.kind}:${label.text}`);
    expect(texts).toEqual(expect.arrayContaining(['flash:alias created', 'label:Preferred alias', 'name:Security credentials', 'text:Delete', 'heading:AWS Account']));
  });
});

describe('labelCoverage', () => {
  const labels = [
    { text: 'Next', kind: 'name', path: 'a' },
    { text: 'Next', kind: 'name', path: 'b' },
    { text: 'Delete', kind: 'name', path: 'c' },
    { text: 'AdministratorAccess', kind: 'name', path: 'd' },
    { text: 'Users', kind: 'heading', path: 'e' },
  ] as const;

  it('counts each English string once: covered, missing, and the language-independent apart', () => {
    expect(labelCoverage(labels, { Next: ['次へ'], Users: ['ユーザー'], Cancel: ['キャンセル'] })).toEqual({
      covered: ['Next', 'Users'],
      missing: ['Delete'],
      languageIndependent: ['AdministratorAccess'],
    });
    expect(labelCoverage(labels, {})).toEqual({ covered: [], missing: ['Next', 'Delete', 'Users'], languageIndependent: ['AdministratorAccess'] });
    expect(labelCoverage(labels, { Delete: [] }).missing).toContain('Delete');
  });

  it('reports every locale as covered/translatable', () => {
    const tables = Object.fromEntries(CONSOLE_LOCALES.map((locale) => [locale, locale === 'ja' ? { Next: ['次へ'] } : {}])) as Parameters<typeof localeCoverage>[1];
    const coverage = localeCoverage(labels, tables);
    expect(coverage[0]).toEqual({ locale: 'ja', covered: 1, total: 3, missing: ['Delete', 'Users'] });
    expect(formatCoverage(coverage)).toMatch(/^ja 1\/3, de 0\/3, fr 0\/3, /);
  });

  it('counts managed policy names, metric names and the learner\'s own names as language-independent', () => {
    for (const text of ['AdministratorAccess', 'IAMFullAccess', 'EstimatedCharges', 'Administrators', 'admin', 'iam-admin']) expect(isLanguageIndependent(text), text).toBe(true);
    for (const text of ['Users', 'constructor', 'toString']) expect(isLanguageIndependent(text), text).toBe(false);
  });
});

describe('the built-in packs in ja and de', () => {
  const { packs, pages } = readBuiltinPacks();
  const tables = readLabelTables();

  /**
   * Labels for which no AWS page in that language was found that names them (known-gaps.json;
   * docs/packs.md shows the coverage). The goal is an empty list: a label added to a pack must come with its ja and de
   * wording, and an entry added to a table must leave this list.
   */
  const labels = [...packs.flatMap((pack) => consoleLabelsOf(pack, pages)), ...pages.flatMap(pageLabelsOf)];
  const missingOf = (locale: 'ja' | 'de') => labelCoverage(labels, tables[locale]).missing.sort();

  it.each(['ja', 'de'] as const)('%s: the labels still missing are the known gaps, no more', (locale) => {
    const missing = missingOf(locale);
    const known = new Set<string>(KNOWN_GAPS[locale]);
    expect(missing.filter((text) => !known.has(text)), `${locale} lacks labels that are not known gaps`).toEqual([]);
    expect([...known].filter((text) => !missing.includes(text)), `${locale} now has these: remove them from KNOWN_GAPS`).toEqual([]);
  });
});

describe('docs/packs.md', () => {
  it('shows the current coverage table (npm run --silent coverage rewrites it)', () => {
    const { packs, pages } = readBuiltinPacks();
    const doc = readFileSync('docs/packs.md', 'utf8');
    const expected = replaceCoverageSection(doc, coverageMarkdown(packs, pages, readLabelTables()));
    expect(expected, 'docs/packs.md has the coverage marks').not.toBeNull();
    expect(doc, 'the coverage table in docs/packs.md is stale: run npm run --silent coverage').toBe(expected);
  });
});

