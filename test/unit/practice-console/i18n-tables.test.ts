import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { de } from '../../practice-console/src/i18n/de';
import { ja } from '../../practice-console/src/i18n/ja';

const LOCALES = join(__dirname, '../../../packs/locales');

/**
 * English labels where the practice console knowingly shows another wording than the coach's label
 * table, each with the better AWS source. Empty: the practice console follows the tables.
 */
const KNOWN_DISAGREEMENTS: Record<'ja' | 'de', Record<string, { text: string; source: string }>> = { ja: {}, de: {} };

interface LabelEntry {
  text: string | string[];
  source: string;
}

/** The coach's label table of a language (`packs/locales/<lang>.yaml`), or null while it is not in this repository. */
function labelTable(language: 'ja' | 'de'): Record<string, LabelEntry> | null {
  const path = join(LOCALES, `${language}.yaml`);
  if (!existsSync(path)) return null;
  const parsed = parse(readFileSync(path, 'utf8')) as { labels?: Record<string, LabelEntry> } | null;
  return parsed?.labels ?? {};
}

describe('practice console dictionaries agree with the coach label tables', () => {
  for (const [language, dictionary] of [['ja', ja], ['de', de]] as const) {
    const table = labelTable(language);
    if (!table) {
      it.skip(`${language}: packs/locales/${language}.yaml is not in this repository, so there is no table to compare with`, () => {});
      continue;
    }

    it(`${language}: every English label both translate shows the table's (first) text`, () => {
      const disagreements = Object.entries(table)
        .filter(([english]) => english in dictionary)
        .map(([english, entry]) => {
          const expected = Array.isArray(entry.text) ? entry.text[0] : entry.text;
          const known = KNOWN_DISAGREEMENTS[language][english];
          return { english, practice: dictionary[english], table: expected, source: entry.source, known };
        })
        .filter(({ practice, table: expected, known }) => practice !== expected && practice !== known?.text)
        .map(({ english, practice, table: expected, source }) => `${JSON.stringify(english)}: practice console ${JSON.stringify(practice)}, table ${JSON.stringify(expected)} (${source})`);
      expect(disagreements).toEqual([]);
    });

    it(`${language}: every known disagreement is still one (the table has the label, with another text)`, () => {
      for (const [english, known] of Object.entries(KNOWN_DISAGREEMENTS[language])) {
        expect(table[english], english).toBeDefined();
        expect(dictionary[english], english).toBe(known.text);
      }
    });
  }
});
