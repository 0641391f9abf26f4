import type { PageDefinition } from '../format/schema';
import pages from './pages.yaml';

/** The console page catalogue, validated and turned into JSON at build time (packs/catalogue/vite-plugin.ts). */
export const CATALOGUE: readonly PageDefinition[] = pages as PageDefinition[];

/** Every catalogue page id: what a pack may name besides its own pages. */
export const CATALOGUE_PAGE_IDS: ReadonlySet<string> = new Set(CATALOGUE.map((page) => page.id));

export function catalogueWith(extra: readonly PageDefinition[] = []): readonly PageDefinition[] {
  return extra.length ? [...CATALOGUE, ...extra] : CATALOGUE;
}
