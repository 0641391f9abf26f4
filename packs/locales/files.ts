import { readFileSync } from 'node:fs';
import { formatProblem } from '../format/problems';
import { cloudscapeMessages } from './cloudscape';
import { loadLabelTableSource, type LabelTable } from './load';
import { CONSOLE_LOCALES, type ConsoleLocale } from './locales';

/** The path of a locale's table, from the repository root. */
export const tableFile = (locale: ConsoleLocale) => `packs/locales/${locale}.yaml`;

/** Every locale's table read from disk and fully checked (scripts and tests; the extension imports JSON). */
export function readLabelTables(): Record<ConsoleLocale, LabelTable> {
  const tables = {} as Record<ConsoleLocale, LabelTable>;
  for (const locale of CONSOLE_LOCALES) {
    const text = readFileSync(new URL(`./${locale}.yaml`, import.meta.url), 'utf8');
    const result = loadLabelTableSource(text, { fileLocale: locale, cloudscape: cloudscapeMessages });
    if (!result.ok) throw new Error(result.problems.map((p) => formatProblem(tableFile(locale), p)).join('\n'));
    tables[locale] = result.table;
  }
  return tables;
}
