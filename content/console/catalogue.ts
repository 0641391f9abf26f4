import type { PageDefinition } from '../../packs/format/schema';
import pages from '../../packs/pages.yaml';

/** The console page catalogue, validated and turned into JSON at build time (packs/vite-plugin-catalogue.ts). */
export const CATALOGUE: readonly PageDefinition[] = pages as PageDefinition[];

export function catalogueWith(extra: readonly PageDefinition[] = []): readonly PageDefinition[] {
  return extra.length ? [...CATALOGUE, ...extra] : CATALOGUE;
}
