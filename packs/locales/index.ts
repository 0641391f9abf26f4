// Placeholder until the label tables land (branch locale-tables): the API the runtime uses.
export const CONSOLE_LOCALES = ['ja', 'de', 'fr', 'es', 'it', 'ko', 'pt-BR', 'zh-CN', 'zh-TW', 'id', 'tr'] as const;
export type ConsoleLocale = (typeof CONSOLE_LOCALES)[number];
export type LabelTable = Readonly<Record<string, readonly string[]>>;
export function consoleLocaleOf(tag: string | null | undefined): ConsoleLocale | null {
  if (!tag) return null;
  const [language, region] = tag.replace('_', '-').split('-');
  const lower = (language ?? '').toLowerCase();
  const withRegion = CONSOLE_LOCALES.find((l) => l.toLowerCase() === `${lower}-${(region ?? '').toLowerCase()}`);
  if (withRegion) return withRegion;
  if (lower === 'zh') return 'zh-CN';
  if (lower === 'pt') return 'pt-BR';
  return CONSOLE_LOCALES.find((l) => l === lower) ?? null;
}
export async function loadLabelTable(_locale: ConsoleLocale): Promise<LabelTable> {
  return {};
}
