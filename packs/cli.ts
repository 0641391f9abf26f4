/**
 * console-coach validate <files...> [--json]
 * Exit 0 when every pack is valid, 1 when any is not, 2 on wrong usage.
 * Problems print as `file:line:column message [code]. Fix: …`, the form editors and CI logs link;
 * `--json` carries each problem's `code` too (docs/authoring.md lists them).
 */
import { readFileSync } from 'node:fs';
import { loadPack } from './format/load';
import { loadCatalogue } from './catalogue/load';
import { formatProblem, problem, WHOLE_FILE, type Problem } from './format/problems';
import { CATALOGUE_TEXT } from './catalogue/text';

const USAGE = 'Usage: console-coach validate <pack.yaml|pack.json>... [--json]';

interface FileReport {
  file: string;
  valid: boolean;
  id?: string;
  steps?: number;
  problems: Problem[];
}

export function validateFiles(files: string[]): FileReport[] {
  const catalogue = loadCatalogue(CATALOGUE_TEXT);
  if (!catalogue.ok) throw new Error('The built-in page catalogue is invalid');
  const knownPages = new Set(catalogue.pages.map((p) => p.id));
  return files.map((file) => {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      const unread = missing ? problem('file-not-found', {}, WHOLE_FILE) : problem('file-unreadable', { reason: String(error) }, WHOLE_FILE);
      return { file, valid: false, problems: [unread] };
    }
    const result = loadPack(text, { knownPages });
    if (!result.ok) return { file, valid: false, problems: result.problems };
    const steps = result.pack.sections.reduce((n, s) => n + s.steps.length, 0);
    return { file, valid: true, id: result.pack.id, steps, problems: [] };
  });
}

export function main(argv: string[]): number {
  const json = argv.includes('--json');
  const args = argv.filter((a) => a !== '--json');
  if (args[0] === '--help' || args[0] === '-h') {
    console.log(USAGE);
    return 0;
  }
  if (args[0] !== 'validate' || args.length < 2) {
    console.error(USAGE);
    return 2;
  }
  const reports = validateFiles(args.slice(1));
  if (json) console.log(JSON.stringify({ valid: reports.every((r) => r.valid), files: reports }, null, 2));
  else {
    for (const report of reports) {
      if (report.valid) console.log(`${report.file}: valid (${report.id}, ${report.steps} steps)`);
      else for (const problem of report.problems) console.log(formatProblem(report.file, problem));
    }
    const invalid = reports.filter((r) => !r.valid).length;
    console.log(`${reports.length - invalid} valid, ${invalid} invalid`);
  }
  return reports.every((r) => r.valid) ? 0 : 1;
}
