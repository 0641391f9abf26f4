import { readdirSync, readFileSync } from 'node:fs';
import { loadCatalogue } from '../catalogue/load';
import { loadPack, type Pack } from '../format/load';
import type { PageDefinition } from '../format/schema';
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

/** The built-in packs and the catalogue, read from disk and loaded as the build does (scripts and tests). */
export function readBuiltinPacks(): { packs: Pack[]; pages: PageDefinition[] } {
  const catalogue = loadCatalogue(readFileSync(new URL('../catalogue/pages.yaml', import.meta.url), 'utf8'));
  if (!catalogue.ok) throw new Error('packs/catalogue/pages.yaml is invalid');
  const knownPages = new Set(catalogue.pages.map((page) => page.id));
  const folder = new URL('../builtin/', import.meta.url);
  const packs = readdirSync(folder)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => {
      const result = loadPack(readFileSync(new URL(file, folder), 'utf8'), { knownPages });
      if (!result.ok) throw new Error(`packs/builtin/${file} is invalid`);
      return result.pack;
    });
  return { packs, pages: catalogue.pages };
}
