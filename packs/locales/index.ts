/**
 * The console's languages and their label tables, for the runtime: English console labels that
 * packs write → the labels a console in another language shows. Tables are checked and turned into
 * JSON at build time (vite-plugin.ts); each language is its own chunk, loaded on demand.
 */
import type { LabelTable } from './load';
import type { ConsoleLocale } from './locales';

export { CONSOLE_LOCALES, consoleLocaleOf, type ConsoleLocale } from './locales';
export type { LabelTable } from './load';

type TableModule = Promise<{ default: unknown }>;

const TABLES: Readonly<Record<ConsoleLocale, () => TableModule>> = {
  ja: () => import('./ja.yaml'),
  de: () => import('./de.yaml'),
  fr: () => import('./fr.yaml'),
  es: () => import('./es.yaml'),
  it: () => import('./it.yaml'),
  ko: () => import('./ko.yaml'),
  'pt-BR': () => import('./pt-BR.yaml'),
  'zh-CN': () => import('./zh-CN.yaml'),
  'zh-TW': () => import('./zh-TW.yaml'),
  id: () => import('./id.yaml'),
  tr: () => import('./tr.yaml'),
};

/** Load one locale's table (build-time JSON; a dynamic import per locale so a page only loads its own language). */
export async function loadLabelTable(locale: ConsoleLocale): Promise<LabelTable> {
  const module = await TABLES[locale]();
  return module.default as LabelTable;
}
