import type { Locator } from './schema';

/**
 * A JSON value as text that does not depend on the order of its objects' keys, to tell whether two
 * values are the same: Chrome's storage hands objects back with their keys sorted, so a value read
 * back from storage and the same one made afresh serialise differently with `JSON.stringify`.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner) ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : inner,
  );
}

/** A locator as text, the same for the same locator whatever the order of its keys. */
export const locatorKey = (locator: Locator): string => canonicalJson(locator);

/** Whether two targets are the same locators in the same order. */
export function sameTarget(a: readonly Locator[], b: readonly Locator[]): boolean {
  return a.length === b.length && a.every((locator, i) => locatorKey(locator) === locatorKey(b[i]!));
}
