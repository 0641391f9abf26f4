import type { Locator } from './schema';

/**
 * A locator as text that does not depend on the order of its keys, to tell whether two locators
 * are the same: Chrome's storage hands objects back with their keys sorted, so a locator read back
 * from storage and the same one made afresh serialise differently with `JSON.stringify`.
 */
export function locatorKey(locator: Locator): string {
  return JSON.stringify(locator, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : value,
  );
}

/** Whether two targets are the same locators in the same order. */
export function sameTarget(a: readonly Locator[], b: readonly Locator[]): boolean {
  return a.length === b.length && a.every((locator, i) => locatorKey(locator) === locatorKey(b[i]!));
}
