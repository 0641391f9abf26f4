// Bundle the pack CLI into plain JavaScript for Node 20 (`bin/console-coach.mjs` runs it).
// Runs on `npm install` (postinstall) and in `npm test`; plain .mjs so it needs no TypeScript loader.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const LOCALES = ['ja', 'de', 'fr', 'es', 'it', 'ko', 'pt-BR', 'zh-CN', 'zh-TW', 'id', 'tr'];

await build({
  entryPoints: ['packs/cli-entry.ts'],
  outfile: 'dist/cli/console-coach.mjs',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  logLevel: 'warning',
  // The page catalogue is data: bake it in so the CLI works from any directory.
  // So are the console label tables, for the doctor's coverage (packs/locales/text.ts); checked at build time.
  define: {
    __CATALOGUE_TEXT__: JSON.stringify(readFileSync('packs/catalogue/pages.yaml', 'utf8')),
    __LOCALE_TABLE_TEXTS__: JSON.stringify(Object.fromEntries(LOCALES.map((locale) => [locale, readFileSync(`packs/locales/${locale}.yaml`, 'utf8')]))),
  },
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
});
