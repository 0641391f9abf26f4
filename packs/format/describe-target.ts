import type { Locator } from './schema';

/** A short human description of what a target looks for: "the Create user button". */
export function describeTarget(target: readonly Locator[] | undefined): string {
  const locator = target?.[0];
  if (!locator) return 'the next control';
  const first = (names: Locator['name']) => (names === undefined ? '' : Array.isArray(names) ? names[0]! : names);
  if (locator.role) {
    // Alternatives (`[link, button]`) are described by the first: the learner needs one word.
    const role = typeof locator.role === 'string' ? locator.role : locator.role[0];
    return locator.name ? `the ${first(locator.name)} ${role}` : `a ${role}`;
  }
  if (locator.label) return `the ${first(locator.label)} field`;
  if (locator.text) return `“${first(locator.text)}”`;
  return 'the control this step is about';
}
