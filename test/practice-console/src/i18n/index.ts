import { de } from './de';
import { ja } from './ja';
import { parseLanguage, type Language } from './languages';

export { LANGUAGES, LANGUAGE_COOKIE, LANGUAGE_QUERY, checkLanguage, parseLanguage, type Language } from './languages';

/**
 * The practice console's own strings: `t('Create user')` is the English text shown today, and the
 * key of the Japanese and German dictionaries (ja.ts, de.ts, worded as AWS documentation in that
 * language names the console's labels). What Cloudscape renders itself comes from its catalogues
 * (main.tsx, I18nProvider).
 */
const DICTIONARIES: Record<Exclude<Language, 'en'>, Readonly<Record<string, string>>> = { ja, de };

/** The page's language: `<html lang>`, which the practice server renders from `noflush_locale`. */
export function currentLanguage(): Language {
  return typeof document === 'undefined' ? 'en' : (parseLanguage(document.documentElement.lang) ?? 'en');
}

/** The English `text` in the page's language; `{name}` placeholders are filled from `values`. */
export function t(text: string, values?: Record<string, string | number>): string {
  const language = currentLanguage();
  const localized = language === 'en' ? text : (DICTIONARIES[language][text] ?? text);
  return values ? localized.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole)) : localized;
}

/** For tests: the dictionary of a language. */
export function dictionary(language: Exclude<Language, 'en'>): Readonly<Record<string, string>> {
  return DICTIONARIES[language];
}
