import { parseSource } from '../format/yaml-source';
import { issueToProblem } from '../format/zod-problems';
import { formatPath, problem, type Problem } from '../format/problems';
import { LabelEntrySchema, LabelTableSchema, type LabelTableSource } from './schema';
import { DOCS_LANGUAGE, SITE_LANGUAGE, type ConsoleLocale } from './locales';

/** English label → that locale's wordings (each entry's text as a list). */
export type LabelTable = Readonly<Record<string, readonly string[]>>;

export interface LoadTableOptions {
  /** The locale the file is named after (`ja` for ja.yaml): the table must say the same. */
  fileLocale?: string;
  /** Cloudscape's messages for the table's locale (cloudscape.ts): `cloudscape:` sources are checked against them. */
  cloudscape?: (locale: ConsoleLocale) => ReadonlyMap<string, string>;
}

export type LoadTableResult = { ok: true; source: LabelTableSource; table: LabelTable } | { ok: false; problems: Problem[] };

const CLOUDSCAPE = /^cloudscape:([A-Za-z0-9[\]-]+\.[A-Za-z0-9.]+)$/;
const SITES = new Set(['docs.aws.amazon.com', 'aws.amazon.com']);

/** Load and check one label table: schema, locale, and every entry's source. */
export function loadLabelTableSource(text: string, options: LoadTableOptions = {}): LoadTableResult {
  const parsed = parseSource(text);
  if (!parsed.ok) return parsed;
  const source = parsed.source;
  const result = LabelTableSchema.safeParse(source.value, { reportInput: true });
  if (!result.success) {
    const allowed = (path: PropertyKey[]) => Object.keys(path.length === 0 ? LabelTableSchema.shape : LabelEntrySchema.shape);
    return { ok: false, problems: result.error.issues.flatMap((issue) => issueToProblem(issue, source, allowed)) };
  }
  const data = result.data;
  const problems: Problem[] = [];
  const at = (path: PropertyKey[], key = false) => ({ path: formatPath(path), ...source.locate(path, key) });
  if (options.fileLocale !== undefined && options.fileLocale !== data.locale) {
    problems.push(problem('locale-file-mismatch', { locale: data.locale, file: options.fileLocale }, at(['locale'])));
  }
  const messages = options.cloudscape?.(data.locale);
  for (const [english, entry] of Object.entries(data.labels)) {
    const path = ['labels', english, 'source'];
    const texts = wordings(entry.text);
    const key = CLOUDSCAPE.exec(entry.source)?.[1];
    if (key !== undefined) {
      if (!messages) continue;
      const expected = messages.get(key);
      if (expected === undefined) problems.push(problem('cloudscape-key-unknown', { key, locale: data.locale }, at(path)));
      else if (!texts.includes(expected)) problems.push(problem('cloudscape-text-differs', { key, expected }, at(['labels', english, 'text'])));
      continue;
    }
    const url = parseUrl(entry.source);
    const shown = JSON.stringify(entry.source.length > 80 ? `${entry.source.slice(0, 77)}…` : entry.source);
    if (!url || url.protocol !== 'https:' || !SITES.has(url.hostname) || url.username || url.password || url.port) {
      problems.push(problem('label-source', { shown }, at(path)));
      continue;
    }
    const first = url.pathname.split('/')[1] ?? '';
    const languages = url.hostname === 'docs.aws.amazon.com' ? [DOCS_LANGUAGE[data.locale]] : SITE_LANGUAGE[data.locale];
    if (!languages.includes(first)) {
      problems.push(problem('label-source-language', { shown, locale: data.locale, expected: `https://${url.hostname}/${languages[0]}/` }, at(path)));
    }
  }
  if (problems.length) return { ok: false, problems: problems.sort((a, b) => a.line - b.line || a.column - b.column) };
  return { ok: true, source: data, table: toLabelTable(data) };
}

/** The runtime's form of a table: English label → wordings. */
export function toLabelTable(data: LabelTableSource): LabelTable {
  return Object.fromEntries(Object.entries(data.labels).map(([english, entry]) => [english, wordings(entry.text)]));
}

function wordings(text: string | readonly string[]): string[] {
  return typeof text === 'string' ? [text] : [...text];
}

function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}
