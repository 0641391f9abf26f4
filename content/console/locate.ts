import { computeAccessibleName, getRole, isInaccessible } from 'dom-accessibility-api';
import type { Locator, Scope } from '../../packs/format/schema';
import { matchesName, nameMatch, normaliseName, nameList, withoutCounter } from './names';
import { openModal } from './modal';
import { A11Y_OPTIONS } from './computed-style';

/** Where to look first for each role, so the accessible-name library runs on few elements. */
const ROLE_SELECTORS: Record<string, string> = {
  button: 'button, [role="button"], input[type="button"], input[type="submit"], input[type="reset"]',
  link: 'a[href], [role="link"]',
  tab: '[role="tab"]',
  checkbox: 'input[type="checkbox"], [role="checkbox"]',
  radio: 'input[type="radio"], [role="radio"]',
  textbox: 'input:not([type]), input[type="text"], input[type="email"], input[type="password"], input[type="tel"], input[type="url"], input[type="number"], textarea, [role="textbox"]',
  combobox: 'select, [role="combobox"], input[list]',
  heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
  menuitem: '[role="menuitem"], [role="menuitemcheckbox"], [role="menuitemradio"]',
};
/** Form fields: what a `label` locator searches, and what author mode describes by its label. */
export const FIELD_SELECTOR = 'input:not([type="hidden"]), select, textarea, [role="textbox"], [role="combobox"], [role="checkbox"], [role="radio"], [role="switch"], [role="spinbutton"], [role="searchbox"]';
/** Visible text matching looks at short texts only; long blocks are never a target (and may hold secrets). */
const MAX_TEXT = 200;

function isShown(element: Element): boolean {
  return element.getClientRects().length > 0 && !isInaccessible(element, A11Y_OPTIONS);
}

/**
 * The open console dialog, when the caller already looked for it (`undefined`: look now). One look
 * at the page finds it once; every locator of that look reuses it.
 */
export type KnownModal = Element | null | undefined;

/** The part of the page a locator searches: the document or the open modal. */
export function scopeRoots(doc: Document, scope: Scope | undefined, modal: KnownModal = undefined): Element[] {
  const base: Element | null = scope?.modal ? (modal === undefined ? openModal(doc) : modal) : doc.body;
  return base ? [base] : [];
}

/** The headings a scope names (their counters such as "(2)" aside), each with the container it titles. */
function headedContainers(doc: Document, scope: Scope, modal: KnownModal): { heading: Element; container: Element }[] {
  const [base] = scopeRoots(doc, scope, modal);
  if (!base || !scope.heading) return [];
  return [...base.querySelectorAll(ROLE_SELECTORS.heading!)]
    .filter((h) => isShown(h) && matchesName(withoutCounter(computeAccessibleName(h, A11Y_OPTIONS)), scope.heading!))
    .map((heading) => ({ heading, container: containerOf(heading, base) }));
}

/** The largest ancestor of a heading that holds no other heading: the container it titles. */
function containerOf(heading: Element, limit: Element): Element {
  let container = heading;
  while (container.parentElement && container !== limit) {
    const parent = container.parentElement;
    const others = [...parent.querySelectorAll(ROLE_SELECTORS.heading!)].filter((h) => h !== heading);
    if (others.length > 0) break;
    container = parent;
  }
  return container;
}

/** Elements whose accessible name matches: the exact matches, or else those it begins. */
function byName(candidates: Element[], names: NonNullable<Locator['name']>): Element[] {
  const exact: Element[] = [];
  const prefix: Element[] = [];
  for (const el of candidates) {
    const match = nameMatch(computeAccessibleName(el, A11Y_OPTIONS), names);
    if (match === 'exact') exact.push(el);
    else if (match === 'prefix') prefix.push(el);
  }
  return exact.length ? exact : prefix;
}

function byRole(root: Element, roles: NonNullable<Locator['role']>, names: Locator['name']): Element[] {
  const wanted: readonly string[] = typeof roles === 'string' ? [roles] : roles;
  const selector = wanted.map((role) => ROLE_SELECTORS[role] ?? `[role="${role}"]`).join(', ');
  const candidates = [...root.querySelectorAll(selector)].filter((el) => wanted.includes(getRole(el) ?? '') && isShown(el));
  return names === undefined ? candidates : byName(candidates, names);
}

function byLabel(root: Element, names: NonNullable<Locator['label']>): Element[] {
  return byName([...root.querySelectorAll(FIELD_SELECTOR)].filter(isShown), names);
}

function byText(root: Element, names: NonNullable<Locator['text']>): Element[] {
  const wanted = nameList(names);
  const matches: Element[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.currentNode as Element | null; node; node = walker.nextNode() as Element | null) {
    if (node.matches('input, textarea, script, style')) continue;
    const text = node.textContent ?? '';
    if (text.length > MAX_TEXT || !wanted.includes(normaliseName(text))) continue;
    matches.push(node);
  }
  // The innermost element carrying the text is the one a person sees; drop its ancestors.
  return matches.filter((el) => isShown(el) && !matches.some((other) => other !== el && el.contains(other)));
}

function byCss(root: Element, selector: string): Element[] {
  try {
    return [...root.querySelectorAll(selector)].filter(isShown);
  } catch {
    return []; // An invalid selector finds nothing; the step falls back to "missing".
  }
}

function findIn(root: Element, locator: Locator): Element[] {
  if (locator.role) return byRole(root, locator.role, locator.name);
  if (locator.label) return byLabel(root, locator.label);
  if (locator.testId) return byCss(root, `[data-testid="${locator.testId.replace(/["\\]/g, '\\$&')}"]`);
  if (locator.text) return byText(root, locator.text);
  if (locator.css) return byCss(root, locator.css);
  return [];
}

/**
 * Inside a headed container, look outward from the heading, ring by ring, and keep the nearest
 * matches: the header's own "Assign MFA device" button rather than the same button in the
 * container's empty state.
 */
function findNearHeading(heading: Element, container: Element, locator: Locator): Element[] {
  for (let ring = heading.parentElement; ring; ring = ring.parentElement) {
    const found = findIn(ring, locator);
    if (found.length || ring === container) return found;
  }
  return [];
}

/**
 * The heading of the smallest headed container around an element (what `within: { heading }`
 * would name), or null.
 */
export function containerHeadingOf(doc: Document, element: Element): string | null {
  let best: { name: string; container: Element } | null = null;
  for (const heading of doc.body.querySelectorAll(ROLE_SELECTORS.heading!)) {
    if (!isShown(heading) || heading.contains(element)) continue;
    const container = containerOf(heading, doc.body);
    if (container === heading || !container.contains(element)) continue;
    if (!best || best.container.contains(container)) best = { name: withoutCounter(computeAccessibleName(heading, A11Y_OPTIONS)).trim(), container };
  }
  return best && best.name ? best.name : null;
}

/** Every shown element a locator finds right now, in document order. */
export function findAll(doc: Document, locator: Locator, modal: KnownModal = undefined): Element[] {
  const found = new Set<Element>();
  if (locator.within?.heading) {
    for (const { heading, container } of headedContainers(doc, locator.within, modal)) findNearHeading(heading, container, locator).forEach((el) => found.add(el));
  } else {
    for (const root of scopeRoots(doc, locator.within, modal)) findIn(root, locator).forEach((el) => found.add(el));
  }
  return [...found];
}

/** The first locator of a target that finds something decides; its first element is the target. */
export function locateTarget(doc: Document, target: readonly Locator[] | undefined, modal: KnownModal = undefined): { element: Element; locatorIndex: number; matches: number } | null {
  if (!target) return null;
  for (const [index, locator] of target.entries()) {
    const found = findAll(doc, locator, modal);
    if (found[0]) return { element: found[0], locatorIndex: index, matches: found.length };
  }
  return null;
}


export { normaliseName };
export { describeTarget } from '../../packs/format/describe-target';
