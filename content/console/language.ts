import { consoleLocaleOf, type ConsoleLocale } from '../../packs/locales/locales';

/** The console keeps its language in this cookie on `.aws.amazon.com`; `<html lang>` follows it. */
const LOCALE_COOKIE = 'noflush_locale';

/**
 * The language the console page is in, as a console locale (`ja`, `de`, `pt-BR`, …), or null for
 * English or a language the tables do not know. Read from the page each time (`<html lang>`, then
 * the console's locale cookie), never stored.
 */
export function readConsoleLanguage(doc: Document): ConsoleLocale | null {
  const lang = doc.documentElement.getAttribute('lang');
  if (lang && lang.trim()) return consoleLocaleOf(lang.trim());
  return consoleLocaleOf(readCookie(doc, LOCALE_COOKIE));
}

/** One cookie's value; the others are not looked at. */
function readCookie(doc: Document, name: string): string | null {
  let cookies: string;
  try {
    cookies = doc.cookie;
  } catch {
    return null; // a sandboxed document has no cookies
  }
  for (const pair of cookies.split(';')) {
    const at = pair.indexOf('=');
    if (at > 0 && pair.slice(0, at).trim() === name) {
      try {
        return decodeURIComponent(pair.slice(at + 1).trim());
      } catch {
        return null;
      }
    }
  }
  return null;
}
