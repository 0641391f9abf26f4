import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROBLEMS, fixInDocs, type ProblemCode } from '../../../packs/format/problem-catalogue';
import { loadPack } from '../../../packs/format/load';
import { formatProblem } from '../../../packs/format/problems';
import { CATALOGUE_PAGE_IDS } from '../../../packs/catalogue/catalogue';

const guide = readFileSync('docs/authoring.md', 'utf8');
const codes = Object.keys(PROBLEMS) as ProblemCode[];

/** The guide's "Problems and how to fix them" section, up to the next section. */
function problemsSection(): string {
  const start = guide.indexOf('\n## Problems and how to fix them\n');
  expect(start, 'docs/authoring.md has a "Problems and how to fix them" section').toBeGreaterThan(-1);
  const next = guide.indexOf('\n## ', start + 1);
  return guide.slice(start, next === -1 ? undefined : next);
}

/** The section's table rows: code → [title, fix] as written in the Markdown. */
function documentedRows(): Map<string, [string, string]> {
  const rows = new Map<string, [string, string]>();
  for (const match of problemsSection().matchAll(/^\| `([a-z0-9-]+)` \| (.+?) \| (.+) \|$/gm)) rows.set(match[1]!, [match[2]!, match[3]!]);
  return rows;
}

/** Markdown for a table cell: outside code spans, characters Markdown would read as markup are escaped. */
const cell = (text: string) =>
  text
    .split('`')
    .map((part, index) => (index % 2 ? part : part.replace(/[\\*[\]<|]/g, (c) => `\\${c}`)))
    .join('`');

describe('the problem catalogue', () => {
  it('gives every entry a kebab-case code, a title and a fix', () => {
    for (const code of codes) {
      expect(code).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(PROBLEMS[code].title.trim(), code).not.toBe('');
      expect(fixInDocs(code).trim(), code).not.toBe('');
    }
  });

  it('is listed in full in docs/authoring.md, with each title and fix', () => {
    const rows = documentedRows();
    for (const code of codes) {
      const expected = `| \`${code}\` | ${cell(PROBLEMS[code].title)} | ${cell(fixInDocs(code))} |`;
      expect(rows.get(code), `docs/authoring.md needs the row\n${expected}`).toEqual([cell(PROBLEMS[code].title), cell(fixInDocs(code))]);
    }
  });

  it('documents no code the catalogue does not have', () => {
    const unknown = [...documentedRows().keys()].filter((code) => !(code in PROBLEMS));
    expect(unknown).toEqual([]);
  });

  it('names the problems of broken packs by catalogue codes, and shows the code', () => {
    const knownPages = CATALOGUE_PAGE_IDS;
    const valid = readFileSync('test/fixtures/packs/valid-minimal.yaml', 'utf8');
    const broken: [string, ProblemCode][] = [
      ['', 'file-empty'],
      ['- a list', 'not-a-mapping'],
      [valid.replace('title: Create an account alias', 'title: [unclosed'), 'yaml-syntax'],
      [valid.replace('id: confirm-alias', 'id: open-dashboard'), 'duplicate-step-id'],
      [valid.replace('page: iam.dashboard', 'page: iam.dashbord'), 'unknown-page'],
      [valid.replace('The **AWS Account** panel', 'The <b>AWS Account</b> panel'), 'body-html'],
      [valid.replace('[the guide](https://docs', '[the guide](http://docs'), 'link-not-https'],
      [valid.replace('          - text: Create', '          - css: input[value]'), 'css-typed-value'],
      [valid.replace('estimatedMinutes: 5', 'estimatedMinutes: five'), 'wrong-type'],
      [valid.replace('locale: en', 'locale: en\nlocal: en'), 'unknown-key'],
    ];
    for (const [text, code] of broken) {
      const result = loadPack(text, { knownPages });
      expect(result.ok, code).toBe(false);
      if (result.ok) continue;
      for (const problem of result.problems) expect(PROBLEMS).toHaveProperty([problem.code]);
      const found = result.problems.find((p) => p.code === code);
      expect(found, `${code} in ${JSON.stringify(result.problems)}`).toBeDefined();
      expect(formatProblem('pack.yaml', found!)).toContain(` [${code}]. Fix: ${found!.fix}`);
    }
  });
});
