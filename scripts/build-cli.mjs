// Bundle the pack CLI into plain JavaScript for Node 20 (`bin/console-coach.mjs` runs it).
// Runs on `npm install` (postinstall) and in `npm test`; plain .mjs so it needs no TypeScript loader.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

await build({
  entryPoints: ['packs/cli-entry.ts'],
  outfile: 'dist/cli/console-coach.mjs',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  logLevel: 'warning',
  // The page catalogue is data: bake it in so the CLI works from any directory.
  define: { __CATALOGUE_TEXT__: JSON.stringify(readFileSync('packs/catalogue/pages.yaml', 'utf8')) },
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
});
