declare const __CATALOGUE_TEXT__: string | undefined;

/** `packs/catalogue/pages.yaml`: baked in by the CLI bundle; read from disk when run from source (tests). */
export const CATALOGUE_TEXT: string =
  typeof __CATALOGUE_TEXT__ === 'string'
    ? __CATALOGUE_TEXT__
    : (await import('node:fs')).readFileSync(new URL('./pages.yaml', import.meta.url), 'utf8');
