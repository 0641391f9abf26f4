import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOCTOR_ADVICE, doctorPack, formatFinding, kindsOf, type Finding } from '../../../packs/format/doctor';
import { CATALOGUE_PAGE_IDS } from '../../../packs/catalogue/catalogue';

/** A pack of one step, written out so that positions are easy to read. */
function pack({ testedAgainst = 'testedAgainst: "2026-11"\n', target, done }: { testedAgainst?: string; target: string[]; done: string[] }): string {
  return [
    'format: 1',
    'id: doctor-test',
    'version: 1.0.0',
    testedAgainst.trimEnd(),
    'title: Doctor test',
    'summary: One step.',
    'author: { name: Tester }',
    'locale: en',
    'estimatedMinutes: 5',
    'sections:',
    '  - id: only',
    '    title: Only',
    '    steps:',
    '      - id: the-step',
    '        title: Do it',
    '        page: iam.dashboard',
    '        target:',
    ...target.map((line) => `          ${line}`),
    '        done:',
    ...done.map((line) => `          ${line}`),
  ]
    .filter((line) => line !== '')
    .join('\n');
}

const TWO_KINDS = ['- { role: button, name: Create alias }', '- { testId: create-alias }'];
const CLICKED = ['any: [{ clicked: true }]'];

function findings(text: string): Finding[] {
  const result = doctorPack(text, { knownPages: CATALOGUE_PAGE_IDS });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.findings;
}
const brief = (found: Finding[]) => found.map((f) => [f.code, f.path, f.line, f.column]);

describe('the pack doctor', () => {
  it('has nothing to say about a pack with two kinds of locator, a seconded flash and testedAgainst', () => {
    expect(findings(pack({ target: TWO_KINDS, done: CLICKED }))).toEqual([]);
    expect(findings(pack({ target: TWO_KINDS, done: ['any:', '  - flash: { type: success, text: Alias created }', '  - appears: { testId: alias-row }'] }))).toEqual([]);
  });

  it('says when testedAgainst is missing, at version', () => {
    const found = findings(pack({ testedAgainst: '', target: TWO_KINDS, done: CLICKED }));
    expect(brief(found)).toEqual([['tested-against-missing', 'version', 3, 1]]);
    expect(formatFinding('p.yaml', found[0]!)).toMatch(/^p\.yaml:3:1 The pack does not say which month .* \[tested-against-missing\]\. Advice: .*testedAgainst: "YYYY-MM"/);
  });

  it.each([
    ['one role locator', ['- { role: button, name: Create alias }'], ['role and name']],
    ['two role locators with the same name', ['- { role: button, name: Create alias }', '- { role: link, name: Create alias }'], ['role and name']],
    ['two role locators with other names', ['- { role: button, name: Create alias }', '- { role: [link, button], name: Customize }'], ['role and name']],
    ['two labels', ['- { label: Alias }', '- { label: Account alias }'], ['label']],
    ['two CSS selectors', ['- { css: "#alias" }', '- { css: "[data-testid=alias]" }'], ['CSS']],
  ])('finds a target found one way only: %s', (_name, target, kinds) => {
    const found = findings(pack({ target, done: CLICKED }));
    expect(brief(found)).toEqual([['target-one-kind', 'sections[0].steps[0].target', 17, 9]]);
    expect(found[0]!.message).toBe(`Every locator of this target finds it by ${kinds[0]}`);
    expect(found[0]!.advice).toMatch(/second locator of another kind/);
  });

  it.each([
    [['- { role: button, name: Create alias }', '- { text: Create alias, within: { heading: AWS Account } }']],
    [['- { label: Alias }', '- { css: "#alias" }']],
    [['- { testId: create-alias }', '- { text: Create }']],
  ])('counts different kinds as independent: %j', (target) => {
    expect(findings(pack({ target, done: CLICKED }))).toEqual([]);
  });

  it('finds a notification text that is the only way the step finishes', () => {
    const found = findings(pack({ target: TWO_KINDS, done: ['any:', '  - flash: { type: success, text: Alias created }', '  - clicked: true'] }));
    expect(brief(found)).toEqual([['flash-text-alone', 'sections[0].steps[0].done.any[0].flash', 22, 15]]);
    expect(found[0]!.advice).toMatch(/second signal .*page:.*appears:.*state:/);
  });

  it('finds a notification text in an `all`, even with a second signal', () => {
    const found = findings(pack({ target: TWO_KINDS, done: ['all:', '  - page: iam.dashboard', '  - flash: { text: Alias created }'] }));
    expect(brief(found)).toEqual([['flash-text-alone', 'sections[0].steps[0].done.all[1].flash', 23, 15]]);
    expect(found[0]!.message).toMatch(/`all` cannot finish without it/);
  });

  it.each([
    ['a page', '  - page: iam.dashboard'],
    ['an element', '  - appears: { testId: alias-row }'],
    ['a control state', '  - state: { of: { role: checkbox, name: Done }, is: checked }'],
  ])('takes %s as the second signal', (_name, second) => {
    expect(findings(pack({ target: TWO_KINDS, done: ['any:', '  - flash: { type: success, text: Alias created }', second] }))).toEqual([]);
  });

  it('says nothing of a flash without text (any notification of its type)', () => {
    expect(findings(pack({ target: TWO_KINDS, done: ['any: [{ flash: { type: success } }]'] }))).toEqual([]);
  });

  it('lists findings in the order of the file', () => {
    const found = findings(pack({ testedAgainst: '', target: ['- { text: Create }'], done: ['any: [{ flash: { text: Created } }]'] }));
    expect(found.map((f) => f.code)).toEqual(['tested-against-missing', 'target-one-kind', 'flash-text-alone']);
  });

  it('gives the problems of a pack that does not load, and no advice', () => {
    const result = doctorPack(pack({ target: ['- { role: buton }'], done: CLICKED }), { knownPages: CATALOGUE_PAGE_IDS });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ code: 'role-shape', line: 18 });
  });

  it('counts kinds once each', () => {
    expect(kindsOf([{ role: 'button', name: 'A' }, { role: 'link', name: 'B' }, { text: 'A' }])).toEqual(['role', 'text']);
  });

  it('is documented in docs/authoring.md, every code with a row', () => {
    const guide = readFileSync('docs/authoring.md', 'utf8');
    const section = guide.slice(guide.indexOf('\n## The pack doctor\n'), guide.indexOf('\n## ', guide.indexOf('\n## The pack doctor\n') + 1));
    const rows = [...section.matchAll(/^\| `([a-z-]+)` \|/gm)].map((match) => match[1]);
    expect(rows.sort()).toEqual(Object.keys(DOCTOR_ADVICE).sort());
  });
});
