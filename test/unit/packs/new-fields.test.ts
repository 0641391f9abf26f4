import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../../packs/format/load';
import { loadCatalogue } from '../../../packs/catalogue/load';
import { CATALOGUE_PAGE_IDS } from '../../../packs/catalogue/catalogue';
import type { Problem } from '../../../packs/format/problems';

/** The rules for the fields today's console needs: alreadyDone, role alternatives, testedAgainst, signature `has`, aws-site pages. */
const valid = readFileSync('test/fixtures/packs/valid-minimal.yaml', 'utf8');
const load = (text: string) => loadPack(text, { knownPages: CATALOGUE_PAGE_IDS });
const mutate = (from: string, to: string) => {
  if (!valid.includes(from)) throw new Error(`fixture has no ${from}`);
  return valid.replace(from, to);
};
const DONE = '        done: { any: [{ clicked: true }] }';
const withAlreadyDone = (lines: string[]) => mutate(DONE, [DONE, ...lines].join('\n'));
const problemsOf = (text: string): Problem[] => {
  const result = load(text);
  return result.ok ? [] : result.problems;
};
const brief = (problems: Problem[]) => problems.map((p) => [p.code, p.path, p.line, p.column]);

describe('alreadyDone', () => {
  it('loads on a step and on a section, with appears and state signs', () => {
    const text = mutate('    title: Account alias\n', [
      '    title: Account alias',
      '    alreadyDone: { page: iam.dashboard, all: [{ state: { of: { role: checkbox, name: Done }, is: checked } }] }',
      '',
    ].join('\n')).replace(DONE, [DONE, '        alreadyDone:', '          page: iam.dashboard', '          any:', '            - appears: { testId: account-alias }', '            - appears: { css: "#alias-row" }'].join('\n'));
    const result = load(text);
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    expect(result.pack.sections[0]!.alreadyDone).toMatchObject({ page: 'iam.dashboard' });
    expect(result.pack.sections[0]!.steps[0]!.alreadyDone).toMatchObject({ page: 'iam.dashboard', any: [{ appears: { testId: 'account-alias' } }, { appears: { css: '#alias-row' } }] });
  });

  it('refuses a page no catalogue or pack page has, at the page, with a fix', () => {
    const problems = problemsOf(withAlreadyDone(['        alreadyDone: { page: iam.dashbord, any: [{ appears: { testId: x } }] }']));
    expect(brief(problems)).toEqual([['already-done-unknown-page', 'sections[0].steps[0].alreadyDone.page', 26, 30]]);
    expect(problems[0]!.message).toContain('"iam.dashbord"');
    expect(problems[0]!.fix).toMatch(/page catalogue/);
  });

  it('accepts a page the pack defines itself', () => {
    const text = withAlreadyDone(['        alreadyDone: { page: my.page, any: [{ appears: { testId: x } }] }']).replace(
      'sections:',
      'pages:\n  - id: my.page\n    title: Mine\n    urls: [{ host: console, path: [/iam/home], hash: [/mine] }]\nsections:',
    );
    expect(problemsOf(text)).toEqual([]);
  });

  it('checks a section\'s page too', () => {
    const text = mutate('    title: Account alias\n', '    title: Account alias\n    alreadyDone: { page: nowhere, any: [{ appears: { testId: x } }] }\n');
    expect(brief(problemsOf(text))).toEqual([['already-done-unknown-page', 'sections[0].alreadyDone.page', 13, 26]]);
  });

  it('holds its locators to the same checks as targets: CSS grammar, one kind, name with role', () => {
    const problems = problemsOf(
      withAlreadyDone([
        '        alreadyDone:',
        '          page: iam.dashboard',
        '          all:',
        '            - appears: { css: "input[value^=a]" }',
        '            - state: { of: { label: MFA, text: MFA }, is: checked }',
        '            - appears: { name: Add MFA }',
      ]),
    );
    expect(brief(problems)).toEqual([
      ['css-typed-value', 'sections[0].steps[0].alreadyDone.all[0].appears.css', 29, 31],
      ['locator-several-kinds', 'sections[0].steps[0].alreadyDone.all[1].state.of', 30, 28],
      ['locator-no-kind', 'sections[0].steps[0].alreadyDone.all[2].appears', 31, 24],
      ['name-without-role', 'sections[0].steps[0].alreadyDone.all[2].appears.name', 31, 32],
    ]);
  });

  it('wants exactly one kind per sign', () => {
    const problems = problemsOf(
      withAlreadyDone([
        '        alreadyDone:',
        '          page: iam.dashboard',
        '          any:',
        '            - { appears: { testId: a }, state: { of: { testId: b }, is: checked } }',
        '            - {}',
      ]),
    );
    expect(brief(problems)).toEqual([
      ['already-sign-kinds', 'sections[0].steps[0].alreadyDone.any[0]', 29, 15],
      ['already-sign-kinds', 'sections[0].steps[0].alreadyDone.any[1]', 30, 15],
    ]);
    expect(problems[0]!.message).toBe('A sign has appears and state; use one kind per sign');
    expect(problems[1]!.message).toBe('A sign needs one of appears or state');
  });

  it.each([
    ['no page', '        alreadyDone: { any: [{ appears: { testId: x } }] }', 'missing-field', 'sections[0].steps[0].alreadyDone.page'],
    ['no list', '        alreadyDone: { page: iam.dashboard }', 'already-done-shape', 'sections[0].steps[0].alreadyDone'],
    ['both lists', '        alreadyDone: { page: iam.dashboard, any: [{ appears: { testId: x } }], all: [{ appears: { testId: y } }] }', 'already-done-shape', 'sections[0].steps[0].alreadyDone'],
    ['a condition it has not', '        alreadyDone: { page: iam.dashboard, any: [{ clicked: true }] }', 'unknown-key', 'sections[0].steps[0].alreadyDone.any[0].clicked'],
    ['a typed value', '        alreadyDone: { page: iam.dashboard, any: [{ state: { of: { label: Alias }, is: filled } }] }', 'value-not-allowed', 'sections[0].steps[0].alreadyDone.any[0].state.is'],
  ])('explains a broken shape (%s) where it is', (_name, line, code, path) => {
    const problems = problemsOf(withAlreadyDone([line]));
    expect(problems.map((p) => [p.code, p.path])).toContainEqual([code, path]);
    for (const problem of problems) expect(problem.line).toBe(26);
  });
});

describe('role alternatives', () => {
  const withRole = (role: string) => mutate('          - text: Create', `          - role: ${role}\n            name: Create`);

  it('loads a list of roles', () => {
    expect(problemsOf(withRole('[link, button]'))).toEqual([]);
  });

  it('refuses a role listed twice, at the second', () => {
    const problems = problemsOf(withRole('[link, button, link]'));
    expect(brief(problems)).toEqual([['duplicate-role', 'sections[0].steps[0].target[1].role[2]', 24, 34]]);
    expect(problems[0]!.fix).toMatch(/each alternative role once/);
  });

  it('names the unknown role in a list, with the roles allowed', () => {
    const problems = problemsOf(withRole('[link, butten]'));
    expect(brief(problems)).toEqual([['value-not-allowed', 'sections[0].steps[0].target[1].role[1]', 24, 26]]);
    expect(problems[0]!.fix).toContain('"button"');
  });

  it.each(['butten', '{ a: b }', '[]', '[link, button, tab, radio, row]'])('says what a role may be when it is %s', (role) => {
    const problems = problemsOf(withRole(role));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]!.path).toMatch(/^sections\[0\]\.steps\[0\]\.target\[1\]\.role/);
    expect(problems[0]!.line).toBe(24);
  });

  it('a role that is not a role says so rather than asking for a name', () => {
    const problems = problemsOf(withRole('butten'));
    expect(problems[0]).toMatchObject({ code: 'role-shape', message: '"role" must be one role or a list of up to 4 alternative roles' });
    expect(problems[0]!.fix).toContain('button, link, tab');
  });
});

describe('testedAgainst', () => {
  it('is a year and a month', () => {
    const result = load(mutate('estimatedMinutes: 5', 'estimatedMinutes: 5\ntestedAgainst: "2026-11"'));
    expect(result.ok && result.pack.testedAgainst).toBe('2026-11');
    const problems = problemsOf(mutate('estimatedMinutes: 5', 'estimatedMinutes: 5\ntestedAgainst: November'));
    expect(brief(problems)).toEqual([['invalid-format', 'testedAgainst', 10, 16]]);
    expect(problems[0]!.fix).toBe('Use a year and month such as "2026-11".');
  });
});

describe('pack pages: signature `has` and the aws-site host', () => {
  const withPage = (lines: string[]) => mutate('sections:', ['pages:', '  - id: my.page', '    title: Mine', ...lines, 'sections:'].join('\n'));

  it('accepts an id in `has` and the public console page', () => {
    expect(problemsOf(withPage(['    urls: [{ host: signin, path: [/signin] }]', '    signature: { has: { css: "#resolving_input" } }']))).toEqual([]);
    expect(problemsOf(withPage(['    urls: [{ host: aws-site, path: [/console/, /console] }]']))).toEqual([]);
  });

  it('holds `has` and `lacks` to the CSS grammar', () => {
    const problems = problemsOf(withPage(['    urls: [{ host: signin, path: [/signin] }]', '    signature: { has: { css: "input[value]" }, lacks: { css: "[name=username]" } }']));
    expect(brief(problems)).toEqual([
      ['css-typed-value', 'pages[0].signature.has.css', 14, 30],
      ['css-name-attribute', 'pages[0].signature.lacks.css', 14, 62],
    ]);
  });

  it('refuses an aws-site path other than /console/', () => {
    const problems = problemsOf(withPage(['    urls: [{ host: aws-site, path: [/console/, /account/*] }]']));
    expect(brief(problems)).toEqual([['aws-site-path', 'pages[0].urls[0].path[1]', 13, 48]]);
    expect(problems[0]!.fix).toMatch(/aws\.console-landing/);
  });
});

describe('the catalogue loader', () => {
  it('holds catalogue pages to the same rules', () => {
    const result = loadCatalogue(
      ['- id: a.page', '  title: A', '  urls: [{ host: signin, path: [/signin] }]', '  signature: { has: { css: "[id^=user]" } }', '- id: b.page', '  title: B', '  urls: [{ host: aws-site, path: [/] }]'].join('\n'),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(brief(result.problems)).toEqual([
        ['css-id-attribute', '[0].signature.has.css', 4, 28],
        ['aws-site-path', '[1].urls[0].path[0]', 7, 35],
      ]);
    }
  });
});
