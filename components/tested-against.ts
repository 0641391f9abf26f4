import { t, uiLanguage } from '../i18n/messages';

/**
 * A pack's `testedAgainst` month in words: "2026-11" → "Tested against the console of November
 * 2026". Null when the pack does not say.
 */
export function testedAgainstText(month: string | undefined): string | null {
  const [year, m] = (month ?? '').split('-').map(Number);
  if (!year || !m) return null;
  // The month in the browser's UI language: "November 2026", "2026年11月", "November 2026".
  const name = new Date(Date.UTC(year, m - 1, 1)).toLocaleDateString(uiLanguage(), { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return t('testedAgainst', name);
}
