/**
 * console-coach validate <files...> [--json]
 * console-coach doctor <files...> [--json] [--verbose]
 * validate: exit 0 when every pack is valid, 1 when any is not. doctor: the same checks, then
 * advice for packs that survive console changes; exit 0 when every pack is valid and has no
 * advice, 1 otherwise. Both: 2 on wrong usage.
 * Problems print as `file:line:column message [code]. Fix: …` and advice as
 * `file:line:column message at path [code]. Advice: …`, the form editors and CI logs link;
 * `--json` carries each `code` too (docs/authoring.md lists them). The doctor also reports, per
 * valid pack, how many of its English console labels each locale's label table covers
 * (`labels: ja 42/42, de 42/42, fr 12/42, …`); `--verbose` lists the missing ones.
 */
import { readFileSync } from 'node:fs';
import { loadPack } from './format/load';
import { doctorPack, formatFinding, type Finding } from './format/doctor';
import { loadCatalogue } from './catalogue/load';
import { formatProblem, problem, WHOLE_FILE, type Problem } from './format/problems';
import { CATALOGUE_TEXT } from './catalogue/text';
import { formatCoverage, type LocaleCoverage } from './locales/coverage';
import { loadLabelTableSource, type LabelTable } from './locales/load';
import { CONSOLE_LOCALES, type ConsoleLocale } from './locales/locales';
import { LOCALE_TABLE_TEXTS } from './locales/text';
import type { PageDefinition } from './format/schema';

const USAGE = ['Usage: console-coach validate <pack.yaml|pack.json>... [--json]', '       console-coach doctor <pack.yaml|pack.json>... [--json] [--verbose]'].join('\n');

interface FileReport {
  file: string;
  valid: boolean;
  id?: string;
  steps?: number;
  problems: Problem[];
}

interface DoctorReport extends FileReport {
  findings: Finding[];
  coverage?: LocaleCoverage[];
}

function cataloguePages(): PageDefinition[] {
  const catalogue = loadCatalogue(CATALOGUE_TEXT);
  if (!catalogue.ok) throw new Error('The built-in page catalogue is invalid');
  return catalogue.pages;
}

function knownPages(): Set<string> {
  return new Set(cataloguePages().map((p) => p.id));
}

/** The built-in label tables (checked against Cloudscape's catalogue when they were built). */
function labelTables(): Record<ConsoleLocale, LabelTable> {
  const tables = {} as Record<ConsoleLocale, LabelTable>;
  for (const locale of CONSOLE_LOCALES) {
    const result = loadLabelTableSource(LOCALE_TABLE_TEXTS[locale], { fileLocale: locale });
    if (!result.ok) throw new Error(`The built-in label table packs/locales/${locale}.yaml is invalid`);
    tables[locale] = result.table;
  }
  return tables;
}

/** The file's text, or the problem of reading it. */
function read(file: string): { text: string } | { problem: Problem } {
  try {
    return { text: readFileSync(file, 'utf8') };
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    return { problem: missing ? problem('file-not-found', {}, WHOLE_FILE) : problem('file-unreadable', { reason: String(error) }, WHOLE_FILE) };
  }
}

export function validateFiles(files: string[]): FileReport[] {
  const pages = knownPages();
  return files.map((file) => {
    const source = read(file);
    if ('problem' in source) return { file, valid: false, problems: [source.problem] };
    const result = loadPack(source.text, { knownPages: pages });
    if (!result.ok) return { file, valid: false, problems: result.problems };
    const steps = result.pack.sections.reduce((n, s) => n + s.steps.length, 0);
    return { file, valid: true, id: result.pack.id, steps, problems: [] };
  });
}

/** Validate each file and advise on the valid ones (packs/format/doctor.ts). */
export function doctorFiles(files: string[]): DoctorReport[] {
  const catalogue = cataloguePages();
  const pages = new Set(catalogue.map((p) => p.id));
  const locales = { pages: catalogue, tables: labelTables() };
  return files.map((file) => {
    const source = read(file);
    if ('problem' in source) return { file, valid: false, problems: [source.problem], findings: [] };
    const result = doctorPack(source.text, { knownPages: pages, locales });
    if (!result.ok) return { file, valid: false, problems: result.problems, findings: [] };
    const steps = result.pack.sections.reduce((n, s) => n + s.steps.length, 0);
    return { file, valid: true, id: result.pack.id, steps, problems: [], findings: result.findings, coverage: result.coverage };
  });
}

export function main(argv: string[]): number {
  const json = argv.includes('--json');
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  const args = argv.filter((a) => a !== '--json' && a !== '--verbose' && a !== '-v');
  if (args[0] === '--help' || args[0] === '-h') {
    console.log(USAGE);
    return 0;
  }
  const [command, ...files] = args;
  if ((command !== 'validate' && command !== 'doctor') || files.length === 0) {
    console.error(USAGE);
    return 2;
  }
  return command === 'validate' ? validate(files, json) : doctor(files, json, verbose);
}

function validate(files: string[], json: boolean): number {
  const reports = validateFiles(files);
  if (json) console.log(JSON.stringify({ valid: reports.every((r) => r.valid), files: reports }, null, 2));
  else {
    for (const report of reports) {
      if (report.valid) console.log(`${report.file}: valid (${report.id}, ${report.steps} steps)`);
      else for (const found of report.problems) console.log(formatProblem(report.file, found));
    }
    const invalid = reports.filter((r) => !r.valid).length;
    console.log(`${reports.length - invalid} valid, ${invalid} invalid`);
  }
  return reports.every((r) => r.valid) ? 0 : 1;
}

function doctor(files: string[], json: boolean, verbose: boolean): number {
  const reports = doctorFiles(files);
  const healthy = reports.every((r) => r.valid && r.findings.length === 0);
  if (json) console.log(JSON.stringify({ valid: reports.every((r) => r.valid), healthy, files: reports }, null, 2));
  else {
    for (const report of reports) {
      for (const found of report.problems) console.log(formatProblem(report.file, found));
      for (const finding of report.findings) console.log(formatFinding(report.file, finding));
      if (report.valid && report.findings.length === 0) console.log(`${report.file}: no advice (${report.id}, ${report.steps} steps)`);
      if (report.coverage) {
        console.log(`${report.file}: console labels in other languages: ${formatCoverage(report.coverage)}`);
        for (const one of verbose ? report.coverage : []) {
          if (one.missing.length) console.log(`  ${one.locale} lacks: ${one.missing.map((text) => JSON.stringify(text)).join(', ')}`);
        }
      }
    }
    const findings = reports.reduce((n, r) => n + r.findings.length, 0);
    const invalid = reports.filter((r) => !r.valid).length;
    console.log(`${findings} ${findings === 1 ? 'piece' : 'pieces'} of advice, ${invalid} invalid`);
  }
  return healthy ? 0 : 1;
}
