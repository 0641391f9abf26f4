import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { draftFromRecording } from '../../../../packs/draft/recording-to-pack';
import { draftWithTarget } from '../../../../packs/draft/draft-target';
import { stepWords } from '../../../../packs/draft/step-words';
import type { Recording, RecordedStep } from '../../../../packs/draft/recording';
import { loadPack } from '../../../../packs/format/load';
import { CATALOGUE_PAGE_IDS } from '../../../../packs/catalogue/catalogue';
import type { PackSource } from '../../../../packs/format/schema';

const at = 1_000;
const base = { identity: 'root' as const, region: null, secretPage: false, at };
const STEPS: RecordedStep[] = [
  { ...base, action: 'go', role: null, name: null, pageId: 'iam.users', target: [], done: [{ page: 'iam.users' }] },
  { ...base, action: 'click', role: 'button', name: 'Create user', pageId: 'iam.users', target: [{ role: 'button', name: 'Create user', within: { heading: 'Users' } }, { css: '[class*="awsui_button_"]' }], done: [{ page: 'iam.users.create.details' }] },
  { ...base, action: 'type', role: 'textbox', name: 'User name', pageId: 'iam.users.create.details', target: [{ label: 'User name' }], done: [{ clicked: true }] },
  { ...base, action: 'check', role: 'checkbox', name: 'Provide user access to the AWS Management Console - optional', pageId: 'iam.users.create.details', target: [{ role: 'checkbox', name: 'Provide user access to the AWS Management Console - optional' }], done: [{ state: { of: 'target', is: 'checked' } }] },
  { ...base, action: 'click', role: 'button', name: 'Create user', pageId: 'iam.users.create.review', target: [{ role: 'button', name: 'Create user' }], done: [{ page: 'iam.users.create.password' }, { flash: { type: 'success' } }] },
  { ...base, action: 'click', role: 'button', name: 'Show', pageId: 'iam.users.create.password', target: [], done: [{ clicked: true }], secretPage: true },
  { ...base, action: 'click', role: 'button', name: 'Sign out', pageId: 'console.home', target: [{ role: 'button', name: 'Sign out' }], done: [{ page: 'aws.console-landing' }] },
  { ...base, action: 'type', role: 'textbox', name: 'Password', pageId: 'signin.iam-user', target: [{ label: 'Password' }], done: [{ clicked: true }], identity: null, secretPage: true },
];
const recording = (over: Partial<Recording> = {}): Recording => ({ status: 'stopped', append: false, steps: STEPS, ...over });

describe('a recording as a draft pack', () => {
  const { source, replaced } = draftFromRecording(recording(), '', new Date('2026-12-02T00:00:00Z'));
  const result = loadPack(source, { knownPages: CATALOGUE_PAGE_IDS });

  it('validates, with one section per area of the console in the order visited', () => {
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(replaced).toBeNull();
    const pack = parse(source) as PackSource;
    expect(pack.sections.map((s) => s.title)).toEqual(['Users', 'Console Home', 'Sign in']);
    expect(pack.testedAgainst).toBe('2026-12');
  });

  it('writes each step with words from the control, its locators, and what followed as done', () => {
    const [users] = (parse(source) as PackSource).sections;
    expect(users!.steps.map((s) => s.title)).toEqual(['Go to Users', 'Choose Create user', 'Type the User name', 'Check Provide user access to the AWS Management Console - optional', 'Choose Create user', 'Choose Show']);
    expect(users!.steps[1]).toMatchObject({ id: 'choose-create-user', page: 'iam.users', body: 'On the **Users** page, choose **Create user**.', done: { any: [{ page: 'iam.users.create.details' }] } });
    expect(users!.steps[4]!.id).toBe('choose-create-user-2');
    expect(users!.steps[4]!.done).toEqual({ any: [{ page: 'iam.users.create.password' }, { flash: { type: 'success' } }] });
    expect(users!.steps[2]!.done).toEqual({ any: [{ clicked: true }] });
  });

  it('says who is signed in on a section\'s first step and where it changes, warns on pages with secrets, and asks for a target it could not find', () => {
    const sections = (parse(source) as PackSource).sections;
    expect(sections.flatMap((s) => s.steps).filter((s) => s.identity).map((s) => s.id)).toEqual(['go-to-users', 'choose-sign-out']);
    const show = sections[0]!.steps[5]!;
    expect(show.warnings?.[0]).toMatch(/secret/);
    expect(show.done).toEqual({ any: [{ manual: true }] });
    expect(show.body).toContain('Re-pick target');
  });

  it('appends to the draft in the editor, keeping what the author wrote and ids unique', () => {
    const draft = `# my notes\n${source}`;
    const appended = draftFromRecording(recording({ append: true, steps: STEPS.slice(1, 2) }), draft);
    expect(appended.replaced).toBeNull();
    expect(appended.source.startsWith('# my notes\n')).toBe(true);
    const pack = parse(appended.source) as PackSource;
    expect(pack.sections.at(-1)).toMatchObject({ id: 'users-2', steps: [{ id: 'choose-create-user-3' }] });
    expect(loadPack(appended.source, { knownPages: CATALOGUE_PAGE_IDS }).ok).toBe(true);
  });

  it('replaces a draft that is not a pack (or when not asked to append), handing back the old text', () => {
    expect(draftFromRecording(recording({ append: true }), 'not: [valid').replaced).toBe('not: [valid');
    expect(draftFromRecording(recording(), source).replaced).toBe(source);
  });

  it('names in any language give words; a name with nothing ASCII gets a plain id', () => {
    const japanese = draftFromRecording(recording({ steps: [{ ...STEPS[1]!, name: 'ユーザーの作成' }] }), '');
    expect(loadPack(japanese.source, { knownPages: CATALOGUE_PAGE_IDS }).ok).toBe(true);
    expect((parse(japanese.source) as PackSource).sections[0]!.steps[0]).toMatchObject({ id: 'choose', title: 'Choose ユーザーの作成' });
  });

  it('escapes Markdown in names so they stay text', () => {
    expect(stepWords({ ...STEPS[1]!, name: 'Create *user* [x](https://evil.example)' }).body).toBe('On the **Users** page, choose **Create \\*user\\* \\[x\\](https://evil.example)**.');
  });
});

describe('a re-picked target written into the draft', () => {
  const draft = ['format: 1', 'sections:', '  - id: users', '    steps:', '      # the author\'s note', '      - id: pick-me', '        target:', '          - { text: Old }', '        done: { any: [{ clicked: true }] }', ''].join('\n');

  it('replaces that step\'s target only, keeping comments', () => {
    const next = draftWithTarget(draft, 'pick-me', [{ role: 'button', name: 'New' }, { text: 'Old' }])!;
    expect(next).toContain("# the author's note");
    expect(parse(next).sections[0].steps[0].target).toEqual([{ role: 'button', name: 'New' }, { text: 'Old' }]);
  });

  it('is null for a step the draft no longer has, or text that is not YAML', () => {
    expect(draftWithTarget(draft, 'gone', [{ text: 'x' }])).toBeNull();
    expect(draftWithTarget('a: [b', 'pick-me', [{ text: 'x' }])).toBeNull();
  });
});
