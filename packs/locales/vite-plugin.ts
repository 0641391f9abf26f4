import type { Plugin } from 'vite';
import { formatProblem } from '../format/problems';
import { cloudscapeMessages } from './cloudscape';
import { loadLabelTableSource } from './load';

/**
 * Import `packs/locales/<locale>.yaml` as checked JSON (English label → wordings) at build time,
 * so the extension loads a language's table without a YAML parser or zod; a broken table, a
 * source in another language or a Cloudscape text that differs from the catalogue fails the
 * build with file:line:column.
 */
export function localeTables(): Plugin {
  return {
    name: 'console-coach-locale-tables',
    transform(code, id) {
      if (code.startsWith('export default')) return null;
      const match = /\/packs\/locales\/([A-Za-z-]+)\.yaml$/.exec(id);
      if (!match) return null;
      const result = loadLabelTableSource(code, { fileLocale: match[1], cloudscape: cloudscapeMessages });
      if (!result.ok) this.error(result.problems.map((p) => formatProblem(`packs/locales/${match[1]}.yaml`, p)).join('\n'));
      return { code: `export default ${JSON.stringify(result.table)};`, map: null };
    },
  };
}
