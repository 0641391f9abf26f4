import { CONSOLE_LOCALES, type ConsoleLocale } from './locales';

declare const __LOCALE_TABLE_TEXTS__: Record<string, string> | undefined;

/** Each locale's `packs/locales/<locale>.yaml`: baked in by the CLI bundle; read from disk when run from source. */
export const LOCALE_TABLE_TEXTS: Readonly<Record<ConsoleLocale, string>> =
  typeof __LOCALE_TABLE_TEXTS__ === 'object' && __LOCALE_TABLE_TEXTS__ !== null
    ? (__LOCALE_TABLE_TEXTS__ as Record<ConsoleLocale, string>)
    : await (async () => {
        const { readFileSync } = await import('node:fs');
        return Object.fromEntries(CONSOLE_LOCALES.map((locale) => [locale, readFileSync(new URL(`./${locale}.yaml`, import.meta.url), 'utf8')])) as Record<ConsoleLocale, string>;
      })();
