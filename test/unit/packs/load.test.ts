import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../../packs/format/load';
import { CATALOGUE_PAGE_IDS } from '../../../packs/catalogue/catalogue';

const knownPages = CATALOGUE_PAGE_IDS;
const valid = readFileSync('test/fixtures/packs/valid-minimal.yaml', 'utf8');
const load = (text: string) => loadPack(text, { knownPages });
/** A script URL, built so that lint does not mistake the fixture for code that runs one. */
const SCRIPT_URL = ['java', 'script:'].join('');

/** Replace the first occurrence of `from` in the valid pack. */
const mutate = (from: string, to: string) => {
  if (!valid.includes(from)) throw new Error(`fixture has no ${from}`);
  return valid.replace(from, to);
};

describe('loadPack', () => {
  it('loads a valid pack, with the body as a restricted tree and links with their host', () => {
    const result = load(valid);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [first, second] = result.pack.sections[0]!.steps;
    expect(first!.verifiable).toBe(true);
    expect(second!.verifiable).toBe(false);
    expect(first!.content[0]).toMatchObject({ type: 'paragraph' });
    const link = JSON.stringify(first!.content);
    expect(link).toContain('"host":"docs.aws.amazon.com"');
  });

  it('loads the same pack written as JSON', async () => {
    const { parse } = await import('yaml');
    expect(load(JSON.stringify(parse(valid), null, 2)).ok).toBe(true);
  });

  it.each([
    ['syntax error', mutate('title: Create an account alias', 'title: [unclosed'), 6, 1, /Syntax error/],
    ['unknown key', mutate('        page: iam.dashboard', '        page: iam.dashboard\n        pgae: iam.users'), 20, 9, /Unknown key "pgae"/],
    ['duplicate step id', mutate('id: confirm-alias', 'id: open-dashboard'), 26, 13, /Two steps have the id "open-dashboard"/],
    ['dangling page id', mutate('page: iam.dashboard', 'page: iam.dashbord'), 19, 15, /No console page has the id "iam.dashbord"/],
    ['script-URL link', mutate('[the guide](https://docs', `[the guide](${SCRIPT_URL}alert(1)//docs`), 18, 15, /https/],
    ['http link', mutate('[the guide](https://docs', '[the guide](http://docs'), 18, 15, /https/],
    ['link to another host', mutate('[the guide](https://docs.aws.amazon.com', '[the guide](https://evil.example'), 18, 15, /evil\.example/],
    ['raw HTML', mutate('The **AWS Account** panel', 'The <img src=x onerror=alert(1)> panel'), 17, 15, /Raw HTML/],
    ['full hashed class', mutate('          - text: Create', '          - css: .awsui_button_vjswe_t8nlg_157'), 24, 18, /hashed Cloudscape class/],
    ['wrong type', mutate('estimatedMinutes: 5', 'estimatedMinutes: five'), 9, 19, /must be a number/],
    ['bad id format', mutate('id: alias-only', 'id: Alias Only'), 3, 5, /expected format/],
    ['missing done', mutate('        done: { any: [{ manual: true }] }', ''), 26, 9, /"done" is required/],
    ['prototype key', mutate('locale: en', 'locale: en\n__proto__: { polluted: true }'), 9, 1, /"__proto__" is not allowed/],
    ['YAML alias', mutate('title: Create an account alias', 'title: &t Create an account alias\nsummary2: *t'), 6, 11, /aliases/],
  ])('reports %s at its line:column', (_name, text, line, column, message) => {
    const result = load(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const problem = result.problems.find((p) => message.test(p.message));
    expect(problem, JSON.stringify(result.problems, null, 1)).toBeDefined();
    expect([problem!.line, problem!.column]).toEqual([line, column]);
    expect(problem!.fix.length).toBeGreaterThan(5);
  });

  it('refuses CSS that could read typed values wherever a locator carries it, at the css field', () => {
    const text = mutate('          - text: Create\n        done: { any: [{ clicked: true }] }', [
      '          - css: input[type=password][value^="a"]',
      '        done:',
      '          all:',
      '            - appears: { css: \'a[href*=x]\' }',
      '            - state: { of: { css: "input:has([placeholder])" }, is: checked }',
      '            - appears: { css: \'[class*="awsui_button_"] [aria-expanded="true"]\' }',
    ].join('\n'));
    const result = load(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.path, p.line, p.column, p.message])).toEqual([
      ['sections[0].steps[0].target[1].css', 24, 18, '"[value^="a"]" selects on a field\'s value or what the learner types; pack CSS may not'],
      ['sections[0].steps[0].done.all[0].appears.css', 27, 31, '"[href*="x"]" selects on an address'],
      ['sections[0].steps[0].done.all[1].state.of.css', 28, 35, '":has([placeholder])" looks inside elements, which pack CSS may not'],
    ]);
    expect(result.problems.every((p) => p.fix.length > 10)).toBe(true);
  });

  it('rejects oversize files before parsing', () => {
    const result = load(`${valid}\n# ${'x'.repeat(600 * 1024)}`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ line: 1, column: 1, message: expect.stringMatching(/at most 524288/) });
  });

  it('rejects regex-looking page patterns', () => {
    const withPage = mutate('sections:', 'pages:\n  - id: my.page\n    title: Mine\n    urls: [{ host: console, path: [/iam/home], hash: ["/users/(.*)"] }]\nsections:');
    const result = load(withPage);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toEqual([
        expect.objectContaining({ path: 'pages[0].urls[0].hash[0]', line: 13, column: 55, message: '"/users/(.*)" looks like a regular expression' }),
      ]);
    }
  });

  it('never pollutes prototypes', () => {
    load(mutate('locale: en', 'locale: en\n"__proto__": { polluted: yes }'));
    load(JSON.stringify({ __proto__: { polluted: true }, constructor: { prototype: { polluted: true } } }));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
