import type { Names } from '../../packs/format/schema';

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
