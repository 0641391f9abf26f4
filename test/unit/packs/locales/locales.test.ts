import { describe, expect, it } from 'vitest';
import { CONSOLE_LOCALES, consoleLocaleOf } from '../../../../packs/locales/index';

describe('consoleLocaleOf', () => {
  it.each([
    ['ja', 'ja'],
    ['ja-JP', 'ja'],
    ['JA_jp', 'ja'],
    ['de_DE', 'de'],
    ['de-AT', 'de'],
    ['fr-CA', 'fr'],
    ['es-419', 'es'],
    ['it', 'it'],
    ['ko-KR', 'ko'],
    ['pt_BR', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['pt', 'pt-BR'],
    ['zh-CN', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    ['zh-TW', 'zh-TW'],
    ['zh_TW', 'zh-TW'],
    ['zh-HK', 'zh-TW'],
    ['zh-Hant', 'zh-TW'],
    ['zh-Hant-TW', 'zh-TW'],
    ['id-ID', 'id'],
    ['in', 'id'],
    ['tr-TR', 'tr'],
    [' ko ', 'ko'],
  ] as const)('%s → %s', (tag, locale) => {
    expect(consoleLocaleOf(tag)).toBe(locale);
  });

  it.each([['en'], ['en-US'], ['en_GB'], ['ar'], ['th'], ['nl-NL'], [''], ['-'], [null], [undefined]])('%s → null (English or not a console language)', (tag) => {
    expect(consoleLocaleOf(tag)).toBeNull();
  });

  it('returns only console locales, each of which maps to itself', () => {
    for (const locale of CONSOLE_LOCALES) expect(consoleLocaleOf(locale)).toBe(locale);
    expect(CONSOLE_LOCALES).not.toContain('en');
  });
});
