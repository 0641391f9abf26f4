/**
 * A pack's `testedAgainst` month in words: "2026-11" → "Tested against the console of November
 * 2026". Null when the pack does not say.
 */
export function testedAgainstText(month: string | undefined): string | null {
  const [year, m] = (month ?? '').split('-').map(Number);
  if (!year || !m) return null;
  const name = new Date(Date.UTC(year, m - 1, 1)).toLocaleDateString('en', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return `Tested against the console of ${name}`;
}
