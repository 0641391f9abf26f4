import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../../packs/format/load';
import { packInLanguage, translationTag } from '../../../packs/format/pack-language';
import { CATALOGUE_PAGE_IDS } from '../../../packs/catalogue/catalogue';

/** Packs may carry their own text in other languages; older packs without it load unchanged. */
const valid = readFileSync('test/fixtures/packs/valid-minimal.yaml', 'utf8');
const load = (text: string) => loadPack(text, { knownPages: CATALOGUE_PAGE_IDS });
const TRANSLATED = valid
  .replace('estimatedMinutes: 5\n', 'estimatedMinutes: 5\ntranslations:\n  ja: { title: アカウントエイリアスを作成, summary: 覚えやすいサインイン URL を付けます。 }\n  de: { title: Einen Kontoalias erstellen }\n')
  .replace('    title: Account alias\n', '    title: Account alias\n    translations: { ja: { title: アカウントエイリアス } }\n')
  .replace(
    '        title: Open the IAM dashboard\n',
    '        title: Open the IAM dashboard\n        translations:\n          ja:\n            title: IAM ダッシュボードを開く\n            body: |\n              右側に **AWS アカウント** パネルがあります。\n          de: { title: IAM-Dashboard öffnen, warnings: [Nichts eingeben.] }\n',
  );

describe('a pack in the learner\'s language', () => {
  it('loads translations of the pack, section and step text, with translated bodies as trees', () => {
    const result = load(TRANSLATED);
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    const ja = packInLanguage(result.pack, 'ja');
    expect(ja.title).toBe('アカウントエイリアスを作成');
    expect(ja.summary).toBe('覚えやすいサインイン URL を付けます。');
    expect(ja.sections[0]!.title).toBe('アカウントエイリアス');
    const step = ja.sections[0]!.steps[0]!;
    expect(step.title).toBe('IAM ダッシュボードを開く');
    expect(JSON.stringify(step.content)).toContain('AWS アカウント');
    // Targets and conditions are the same in every language.
    expect(step.target).toEqual(result.pack.sections[0]!.steps[0]!.target);
    // German: what the pack has (title, warnings), the rest as written.
    const de = packInLanguage(result.pack, 'de-AT');
    expect(de.title).toBe('Einen Kontoalias erstellen');
    expect(de.summary).toBe(result.pack.summary);
    expect(de.sections[0]!.steps[0]!).toMatchObject({ title: 'IAM-Dashboard öffnen', warnings: ['Nichts eingeben.'] });
    expect(de.sections[0]!.steps[0]!.content).toEqual(result.pack.sections[0]!.steps[0]!.content);
    // A language the pack does not have: its own text.
    expect(packInLanguage(result.pack, 'fr').title).toBe(result.pack.title);
  });

  it('matches tags by language when the exact tag is not there', () => {
    expect(translationTag({ 'pt-BR': 1, ja: 2 }, 'pt')).toBe('pt-BR');
    expect(translationTag({ 'pt-BR': 1, pt: 2 }, 'pt-PT')).toBe('pt');
    expect(translationTag({ de: 1 }, 'de_CH')).toBe('de');
    expect(translationTag({ de: 1 }, 'en-US')).toBeUndefined();
    expect(translationTag(undefined, 'de')).toBeUndefined();
  });

  it('refuses a bad language tag and an unknown field, with line:column', () => {
    const badTag = load(TRANSLATED.replace('  de: { title: Einen', '  deutsch: { title: Einen'));
    expect(badTag.ok).toBe(false);
    if (!badTag.ok) expect(badTag.problems.map((p) => [p.path, p.line])).toContainEqual(['translations.deutsch', 12]);
    const unknown = load(TRANSLATED.replace('de: { title: IAM-Dashboard öffnen,', 'de: { titel: IAM-Dashboard öffnen,'));
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.problems[0]!.message).toMatch(/titel/);
  });

  it('places a problem in a translated body at its line and column', () => {
    const broken = load(TRANSLATED.replace('右側に **AWS アカウント** パネルがあります。', '右側に <b>AWS</b> パネル'));
    expect(broken.ok).toBe(false);
    if (broken.ok) return;
    const problem = broken.problems.find((p) => p.path.includes('translations.ja.body'));
    expect(problem).toBeDefined();
    expect(problem!.line).toBe(TRANSLATED.split('\n').findIndex((l) => l.includes('右側に')) + 1);
  });
});
