import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BundleReport } from '../../scripts/vite-plugin-bundle-report';
import { ROOT_DIR } from './launch';

export const OUTPUT_DIR = join(ROOT_DIR, '.output');

export const gzipSize = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

/** An HTML page's own files: its scripts, stylesheets and every chunk they import, transitively. */
export function pageFiles(extensionDir: string, html: string): string[] {
  const page = readFileSync(join(extensionDir, html), 'utf8');
  const files = new Set<string>([join(extensionDir, html)]);
  const queue = [...page.matchAll(/(?:src|href)="(\/[^"]+\.(?:js|css))"/g)].map((m) => join(extensionDir, m[1]!));
  while (queue.length) {
    const file = queue.pop()!;
    if (files.has(file) || !existsSync(file)) continue;
    files.add(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+\.js)"/g)) queue.push(normalize(join(dirname(file), m[1]!)));
  }
  return [...files];
}

/** The biggest source modules in some output files, from the build's bundle report. */
export function biggestModules(browser: 'chrome' | 'firefox', extensionDir: string, files: string[], count = 8): string[] {
  const reportPath = join(OUTPUT_DIR, `bundle-report.${browser}.json`);
  if (!existsSync(reportPath)) return ['(no bundle report: run `npm run build`)'];
  const report = JSON.parse(readFileSync(reportPath, 'utf8')) as BundleReport;
  const relative = files.map((f) => f.slice(extensionDir.length + 1));
  return relative
    .flatMap((file) => report[file] ?? [])
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, count)
    .map((m) => `${m.module}: ${(m.bytes / 1024).toFixed(1)} KB before minifying`);
}

export function reportedModules(browser: 'chrome' | 'firefox', file: string): string[] {
  const report = JSON.parse(readFileSync(join(OUTPUT_DIR, `bundle-report.${browser}.json`), 'utf8')) as BundleReport;
  return (report[file] ?? []).map((m) => m.module);
}
