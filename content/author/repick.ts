import type { Locator } from '../../packs/format/schema';
import { LIMITS } from '../../packs/format/limits';
import { locatorKey } from '../../packs/format/locator-key';
import { findAll } from '../console/locate';
import { chooseTarget } from './capture';
import type { Descriptor } from './describe-element';

/**
 * A re-picked step's target: the picked element's best locator and an independent fallback, then
 * the step's old locators as further fallbacks where they may still hold elsewhere (another
 * console variant or language): those that find nothing here, or find this same element. An old
 * locator that now finds another element is dropped, as it would point at the wrong thing.
 */
export function repickedTarget(doc: Document, element: Element, descriptors: readonly Descriptor[], oldTarget: readonly Locator[]): Locator[] {
  const fresh = chooseTarget(descriptors);
  const seen = new Set(fresh.map(locatorKey));
  const kept = oldTarget.filter((locator) => {
    const key = locatorKey(locator);
    if (seen.has(key)) return false;
    seen.add(key);
    const found = findAll(doc, locator);
    return found.length === 0 || found.some((el) => el === element || el.contains(element) || element.contains(el));
  });
  return [...fresh, ...kept].slice(0, LIMITS.locators);
}
