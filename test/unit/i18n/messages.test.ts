import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { plural, t, tParts } from '../../../i18n/messages';
import { describeTargetLocalised } from '../../../i18n/describe-target';
import { LANGUAGES, getMessageFrom, readMessages, substitutionsOf, type Language } from '../../support/i18n';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const messages = Object.fromEntries(LANGUAGES.map((language) => [language, readMessages(language)])) as Record<Language, ReturnType<typeof readMessages>>;
const englishKeys = Object.keys(messages.en);

/** Messages that are the same in every language: the brand, units, and messages made only of substitutions and punctuation. */
const SAME_EVERYWHERE = new Set(['extName', 'sizeKilobytes', 'sizeMegabytes']);
/** German words that are also English ones (what AWS's German console writes too). */
const SAME_IN_GERMAN = new Set(['dockPill', 'roleLink', 'reviewVersion', 'roleOption', 'recorderPause']);

describe('the coach’s messages (public/_locales)', () => {
  it('has English messages, each with a description for translators', () => {
    expect(englishKeys.length).toBeGreaterThan(100);
    for (const key of englishKeys) expect(messages.en[key]!.description, key).toMatch(/\S/);
  });

  it.each(['ja', 'de'] as const)('%s has every key of the English file and no other', (language) => {
    expect(Object.keys(messages[language]).sort()).toEqual([...englishKeys].sort());
  });

  it.each(LANGUAGES)('%s: no empty message, and the same $n substitutions as English', (language) => {
    for (const key of englishKeys) {
      const message = messages[language][key]?.message ?? '';
      expect(message.trim(), `${language} ${key}`).not.toBe('');
      expect(substitutionsOf(message), `${language} ${key}: ${message}`).toEqual(substitutionsOf(messages.en[key]!.message));
    }
  });

  it('keys are valid message names (letters, digits, underscore), so __MSG_key__ and getMessage find them', () => {
    for (const key of englishKeys) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });

  it('has no English left in the Japanese messages', () => {
    for (const key of englishKeys) {
      if (SAME_EVERYWHERE.has(key) || key === 'languageTag') continue;
      const words = messages.ja[key]!.message.replace(/\$[1-9]/g, '');
      // A message with any Latin letters (names such as Console Coach, IAM or YAML) has Japanese words
      // around them (kana or kanji); one of substitutions and punctuation only (「$1」) has nothing to translate.
      if (/[A-Za-z]/.test(words)) expect(words, `ja ${key}`).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });

  it('has no English left in the German messages (each differs from the English, but for shared words)', () => {
    for (const key of englishKeys) {
      if (SAME_EVERYWHERE.has(key) || SAME_IN_GERMAN.has(key)) continue;
      expect(messages.de[key]!.message, `de ${key}`).not.toBe(messages.en[key]!.message);
    }
  });

  it('names its own language, for the pages’ lang attribute', () => {
    for (const language of LANGUAGES) expect(messages[language].languageTag!.message).toBe(language);
  });

  it('uses what AWS’s own consoles call things', () => {
    expect(messages.ja.buttonDone!.message).toBe('完了');
    expect(messages.de.buttonDone!.message).toBe('Fertig');
    expect(messages.ja.calloutNeedsRoot!.message).toContain('ルートユーザー');
    expect(messages.de.calloutNeedsRoot!.message).toContain('Root-Benutzer');
    expect(messages.ja.regionUsEast1!.message).toBe('米国東部 (バージニア北部)');
  });

  it('every key is used by the code or the manifest, and the manifest names only keys that exist', () => {
    const sources = ['i18n', 'overlay', 'components', 'content', 'state', 'entrypoints']
      .flatMap((dir) => sourceFiles(dir))
      .map((path) => readFileSync(path, 'utf8'))
      .join('\n');
    const config = readFileSync('wxt.config.ts', 'utf8');
    const manifestKeys = [...config.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(manifestKeys).toEqual(expect.arrayContaining(['extName', 'extDescription']));
    for (const key of manifestKeys) expect(englishKeys).toContain(key);
    for (const key of englishKeys) expect(sources.includes(`'${key}'`) || manifestKeys.includes(key), `unused message ${key}`).toBe(true);
  });
});

describe('t() in another language', () => {
  const english = fakeBrowser.i18n.getMessage;
  afterEach(() => {
    fakeBrowser.i18n.getMessage = english;
  });
  const speak = (language: Language) => {
    fakeBrowser.i18n.getMessage = getMessageFrom(messages[language]) as typeof english;
  };

  it('puts substitutions where the translation says, whatever the word order', () => {
    expect(t('calloutStepOf', 2, 7)).toBe('Step 2 of 7');
    speak('ja');
    expect(t('calloutStepOf', 2, 7)).toBe('ステップ 2/7');
    expect(t('popupDoneOfTotal', 3, 9)).toBe('9 個中 3 個完了');
    speak('de');
    expect(t('buttonDone')).toBe('Fertig');
  });

  it('chooses the plural form by count, the count inside the message', () => {
    expect(plural(1, 'stepsOne', 'stepsOther')).toBe('1 step');
    expect(plural(3, 'stepsOne', 'stepsOther')).toBe('3 steps');
    speak('de');
    expect(t('progressImported', plural(1, 'stepsOne', 'stepsOther'), plural(2, 'packsOne', 'packsOther'))).toBe('Fortschritt importiert: 1 Schritt in 2 Paketen.');
  });

  it('splits a message around elements in the translation’s order', () => {
    const parts = ['<kind>', '<step>', '3', 'the Users link', '<expected>', '<seen>', '<where>'];
    expect(tParts('driftEntry', ...parts)).toEqual(['<kind>', ' at step ', '<step>', ' (version ', '3', '): ', 'the Users link', ', expected on ', '<expected>', ', seen on ', '<seen>', ' at ', '<where>', '.']);
    speak('ja');
    expect(tParts('driftEntry', ...parts).slice(0, 4)).toEqual(['ステップ ', '<step>', ' (バージョン ', '3']);
  });

  it('describes a target in the learner’s language, around the console’s own names', () => {
    const target = [{ role: 'link' as const, name: 'Users' }];
    expect(describeTargetLocalised(target)).toBe('the Users link');
    speak('ja');
    expect(describeTargetLocalised(target)).toBe('「Users」リンク');
    speak('de');
    expect(describeTargetLocalised([{ label: 'User name' }])).toBe('Feld „User name“');
  });

  it('says the key rather than nothing when a browser has no message', () => {
    fakeBrowser.i18n.getMessage = (() => '') as typeof english;
    expect(t('buttonDone')).toBe('buttonDone');
  });
});
