import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkLanguage, parseLanguage } from '../../practice-console/src/i18n/languages';
import { createPracticeBackend, languageFor, type PracticeCookies } from '../../practice-console/server/practice-server';

function jar(initial: Record<string, string> = {}): PracticeCookies & { values: Record<string, string> } {
  const values = { ...initial };
  return {
    values,
    get: async (_url, name) => values[name],
    set: async ({ name, value }) => void (values[name] = value),
    clear: async (name) => void delete values[name],
  };
}
const page = (query = '') => new URL(`https://us-east-1.console.aws.amazon.com/iam/home${query}#/home`);

describe('practice console language', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('reads language tags as the cookie and <html lang> write them', () => {
    expect(parseLanguage('ja')).toBe('ja');
    expect(parseLanguage('de-DE')).toBe('de');
    expect(parseLanguage('JA_jp')).toBe('ja');
    expect(parseLanguage('ko')).toBeNull();
    expect(parseLanguage('')).toBeNull();
    expect(() => checkLanguage('xx', '--lang')).toThrow(/--lang: unknown language "xx".*en, ja, de/);
  });

  it('takes the backend option, then PRACTICE_LANGUAGE, else English; unknown is an error', () => {
    expect(createPracticeBackend().language).toBe('en');
    expect(createPracticeBackend({ language: 'de' }).language).toBe('de');
    vi.stubEnv('PRACTICE_LANGUAGE', 'ja');
    expect(createPracticeBackend().language).toBe('ja');
    expect(createPracticeBackend({ language: 'en' }).language).toBe('en');
    expect(() => createPracticeBackend({ language: 'xx' })).toThrow(/unknown language/);
    vi.stubEnv('PRACTICE_LANGUAGE', 'klingon');
    expect(() => createPracticeBackend()).toThrow(/PRACTICE_LANGUAGE/);
  });

  it('prefers ?lang= (kept in noflush_locale), then the cookie, then the backend', async () => {
    const backend = createPracticeBackend({ language: 'de' });
    const cookies = jar();
    expect(await languageFor(cookies, backend, page(), 'aws.amazon.com')).toBe('de');
    expect(await languageFor(cookies, backend, page('?lang=ja'), 'aws.amazon.com')).toBe('ja');
    expect(cookies.values.noflush_locale).toBe('ja');
    expect(await languageFor(cookies, backend, page(), 'aws.amazon.com')).toBe('ja');
    expect(await languageFor(jar({ noflush_locale: 'en' }), backend, page(), 'aws.amazon.com')).toBe('en');
  });

  it('treats an unknown language in a URL or cookie as English', async () => {
    const backend = createPracticeBackend({ language: 'ja' });
    const cookies = jar();
    expect(await languageFor(cookies, backend, page('?lang=xx'), 'aws.amazon.com')).toBe('en');
    expect(cookies.values.noflush_locale).toBe('en');
    expect(await languageFor(jar({ noflush_locale: 'zh-CN' }), backend, page(), 'aws.amazon.com')).toBe('en');
  });
});
