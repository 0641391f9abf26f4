import type { Plugin } from 'vite';
import { loadCatalogue } from './format/catalogue';
import { formatProblem } from './format/problems';

/**
 * Import `packs/pages.yaml` as validated JSON at build time, so the content script gets the page
 * catalogue without a YAML parser or zod; a broken catalogue fails the build with file:line:column.
 */
export function pageCatalogue(): Plugin {
  return {
    name: 'console-coach-page-catalogue',
    transform(code, id) {
      // Once per module: another copy of this plugin may already have turned it into JSON.
      if (!id.endsWith('/packs/pages.yaml') || code.startsWith('export default')) return null;
      const result = loadCatalogue(code);
      if (!result.ok) this.error(result.problems.map((p) => formatProblem('packs/pages.yaml', p)).join('\n'));
      return { code: `export default ${JSON.stringify(result.pages)};`, map: null };
    },
  };
}
