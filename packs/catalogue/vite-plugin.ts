import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { loadCatalogue } from './load';
import { loadPack } from '../format/load';
import { formatProblem } from '../format/problems';

/**
 * Import `packs/catalogue/pages.yaml` and the built-in packs (`packs/builtin/*.yaml`) as validated JSON at
 * build time, so the extension gets them without a YAML parser or zod in the content script; a
 * broken file fails the build with file:line:column.
 */
export function pageCatalogue(): Plugin {
  const pagesFile = new URL('./pages.yaml', import.meta.url);
  return {
    name: 'console-coach-yaml-data',
    transform(code, id) {
      // Once per module: another copy of this plugin may already have turned it into JSON.
      if (code.startsWith('export default')) return null;
      if (id.endsWith('/packs/catalogue/pages.yaml')) {
        const result = loadCatalogue(code);
        if (!result.ok) this.error(result.problems.map((p) => formatProblem('packs/catalogue/pages.yaml', p)).join('\n'));
        return { code: `export default ${JSON.stringify(result.pages)};`, map: null };
      }
      const builtin = /\/packs\/builtin\/([a-z0-9-]+\.yaml)$/.exec(id);
      if (builtin) {
        const catalogue = loadCatalogue(readFileSync(pagesFile, 'utf8'));
        if (!catalogue.ok) this.error('packs/catalogue/pages.yaml is invalid');
        const result = loadPack(code, { knownPages: new Set(catalogue.pages.map((p) => p.id)) });
        if (!result.ok) this.error(result.problems.map((p) => formatProblem(`packs/builtin/${builtin[1]}`, p)).join('\n'));
        return { code: `export default ${JSON.stringify(result.pack)};`, map: null };
      }
      return null;
    },
  };
}
