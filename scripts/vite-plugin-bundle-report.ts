import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** What went into one output file: each source module's share, largest first. */
export interface BundleReport {
  [outputFile: string]: { module: string; bytes: number; gzipBytes: number }[];
}

/** `node_modules/.pnpm/x/node_modules/@scope/pkg/dist/a.js` → `@scope/pkg/dist/a.js`; project files relative. */
function shortName(id: string, root: string): string {
  const clean = id.replace(/\?.*$/, '').replace(/^\0/, '');
  const inModules = clean.lastIndexOf('/node_modules/');
  if (inModules >= 0) return clean.slice(inModules + '/node_modules/'.length);
  return clean.startsWith(root) ? clean.slice(root.length + 1) : clean;
}

/**
 * Records, for every file the build writes, how many bytes each source module contributed, into
 * one JSON file outside the extension's folder. The size budget test reads it to name the biggest
 * modules when a bundle is over budget. WXT runs one build per entrypoint group; each adds its files.
 */
const startedThisRun = new Set<string>();

export function bundleReport(reportFile: string, root: string): Plugin {
  return {
    name: 'console-coach-bundle-report',
    apply: 'build',
    generateBundle(_options, bundle) {
      // The first build of this run starts the report afresh; later ones (same process) add to it.
      const fresh = !startedThisRun.has(reportFile);
      startedThisRun.add(reportFile);
      const report: BundleReport = !fresh && existsSync(reportFile) ? (JSON.parse(readFileSync(reportFile, 'utf8')) as BundleReport) : {};
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        report[output.fileName] = Object.entries(output.modules)
          .map(([id, info]) => ({ module: shortName(id, root), bytes: info.renderedLength, gzipBytes: info.code ? gzipSync(info.code, { level: 9 }).length : 0 }))
          .filter((m) => m.bytes > 0)
          .sort((a, b) => b.bytes - a.bytes);
      }
      mkdirSync(dirname(reportFile), { recursive: true });
      writeFileSync(reportFile, JSON.stringify(report, null, 1));
    },
  };
}
