/**
 * The languages of the AWS Management Console besides English, as Console Coach names them: the
 * console's language cookie (`noflush_locale`) and `<html lang>` values, and Cloudscape's message
 * catalogues (`@cloudscape-design/components/i18n/messages/all.<locale>.json`). No zod, no YAML:
 * the content script imports this.
 */
export const CONSOLE_LOCALES = ['ja', 'de', 'fr', 'es', 'it', 'ko', 'pt-BR', 'zh-CN', 'zh-TW', 'id', 'tr'] as const;

export type ConsoleLocale = (typeof CONSOLE_LOCALES)[number];

const KNOWN: ReadonlySet<string> = new Set(CONSOLE_LOCALES);

export function isConsoleLocale(value: unknown): value is ConsoleLocale {
  return typeof value === 'string' && KNOWN.has(value);
}

/** Chinese script and region subtags → the console's two Chinese languages. */
const TRADITIONAL = new Set(['tw', 'hk', 'mo', 'hant']);

/**
 * The console locale for a BCP 47 tag or cookie value ('ja', 'ja-JP', 'de_DE', 'zh-CN', 'pt_BR',
 * 'zh-Hant-TW'); null for English, an empty value or a language the console does not offer.
 */
export function consoleLocaleOf(tag: string | null | undefined): ConsoleLocale | null {
  if (typeof tag !== 'string') return null;
  const parts = tag.trim().toLowerCase().split(/[-_]/).filter(Boolean);
  const language = parts[0];
  if (!language) return null;
  const rest = parts.slice(1);
  switch (language) {
    case 'zh':
      // Bare `zh` and `zh-SG` are Simplified; Taiwan, Hong Kong, Macao and `Hant` are Traditional.
      return rest.some((part) => TRADITIONAL.has(part)) && !rest.includes('hans') ? 'zh-TW' : 'zh-CN';
    case 'pt':
      // The console offers one Portuguese: Brazilian.
      return 'pt-BR';
    case 'in':
      // The old ISO code of Indonesian, still sent by some Java-based systems.
      return 'id';
    default:
      return isConsoleLocale(language) ? language : null;
  }
}

/**
 * The language segment of AWS documentation addresses in each locale
 * (`https://docs.aws.amazon.com/ja_jp/IAM/latest/UserGuide/…`).
 */
export const DOCS_LANGUAGE: Readonly<Record<ConsoleLocale, string>> = {
  ja: 'ja_jp',
  de: 'de_de',
  fr: 'fr_fr',
  es: 'es_es',
  it: 'it_it',
  ko: 'ko_kr',
  'pt-BR': 'pt_br',
  'zh-CN': 'zh_cn',
  'zh-TW': 'zh_tw',
  id: 'id_id',
  tr: 'tr_tr',
};

/** The language segment of aws.amazon.com pages in each locale (`https://aws.amazon.com/jp/…`). */
export const SITE_LANGUAGE: Readonly<Record<ConsoleLocale, readonly string[]>> = {
  ja: ['jp', 'ja'],
  de: ['de'],
  fr: ['fr'],
  es: ['es'],
  it: ['it'],
  ko: ['ko', 'kr'],
  'pt-BR': ['pt'],
  'zh-CN': ['cn'],
  'zh-TW': ['tw'],
  id: ['id'],
  tr: ['tr'],
};
