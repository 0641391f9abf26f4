import type { Names } from '../../packs/format/schema';

/** "Users (3)", "Permissions policies (1/7)": the console's counters are not part of a name. */
export function withoutCounter(text: string): string {
  return text.replace(/\(\d+(\/\d+)?\)\s*$/, '').trim();
}

/** Case- and whitespace-insensitive form of a name, as packs' names are matched. */
export function normaliseName(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

export function nameList(names: Names): string[] {
  return (Array.isArray(names) ? names : [names]).map(normaliseName);
}

export function matchesName(actual: string, names: Names): boolean {
  const normalised = normaliseName(actual);
  return nameList(names).includes(normalised);
}

/**
 * How an accessible name matches: exactly, or only as its beginning (Cloudscape appends a form
 * field's group label to the names of the checkboxes inside it: "Require at least one number
 * Password strength"). Exact matches are preferred wherever there are any.
 */
export function nameMatch(actual: string, names: Names): 'exact' | 'prefix' | null {
  const normalised = normaliseName(actual);
  const wanted = nameList(names);
  if (wanted.includes(normalised)) return 'exact';
  return wanted.some((name) => normalised.startsWith(`${name} `)) ? 'prefix' : null;
}
