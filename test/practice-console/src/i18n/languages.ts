/**
 * The practice console's languages, chosen like the real console's (real-console-2026.md §7): the
 * cookie `noflush_locale` on the partition's domain, which `<html lang>` follows. Free of the DOM,
 * so the server and `npm start` use it too.
 */
export const LANGUAGES = ['en', 'ja', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The real console's language cookie (values seen: `en`, `ja`, `ko`, `zh-CN`). */
export const LANGUAGE_COOKIE = 'noflush_locale';
/** `?lang=ja` on any practice page chooses the language and keeps it in the cookie. */
export const LANGUAGE_QUERY = 'lang';

/** `ja`, `JA`, `ja-JP`, `de_DE` → the language; anything else (`ko`, `xx`, empty) → null. */
export function parseLanguage(text: string | null | undefined): Language | null {
  const primary = (text ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : null;
}

/** Like parseLanguage, for values a person typed (`--lang`, PRACTICE_LANGUAGE, a test): unknown is an error. */
export function checkLanguage(text: string, where = 'language'): Language {
  const language = parseLanguage(text);
  if (!language) throw new Error(`${where}: unknown language "${text}"; the practice console speaks ${LANGUAGES.join(', ')}`);
  return language;
}
