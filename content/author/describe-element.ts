import { computeAccessibleName, getRole } from 'dom-accessibility-api';
import { A11Y_OPTIONS } from '../console/computed-style';
import type { Locator } from '../../packs/format/schema';
import { ARIA_ROLES } from '../../packs/format/roles';
import { containerHeadingOf, FIELD_SELECTOR, findAll } from '../console/locate';
import { openModal } from '../console/page-context';
import { withoutCounter } from '../console/names';

/** How a descriptor finds the element, in the order of robustness the authoring guide gives. */
export type DescriptorKind = 'testId' | 'role' | 'label' | 'text' | 'css';

export interface Descriptor {
  kind: DescriptorKind;
  locator: Locator;
  /** Elements it matches on the page right now (a robust one matches exactly 1). */
  matches: number;
  /** Whether the element it would point at is the one picked. */
  pointsAtPicked: boolean;
}

const CONTROL = 'button, a[href], [role="button"], [role="link"], [role="tab"], [role="menuitem"], [role="option"], [role="checkbox"], [role="radio"], [role="switch"], input, select, textarea, [role="textbox"], [role="combobox"], summary';
const KNOWN_ROLES = new Set<string>(ARIA_ROLES);
/** Names and texts longer than this are descriptions, not names; they are never offered. */
const MAX_NAME = 80;

/**
 * Whether a text could be a secret shown on screen (an access key, a password, an MFA seed): one
 * long run of letters and digits, or any word of 8 or more characters that mixes letters, digits
 * and symbols (a generated password such as `Xk9#mP2$vL7!qR4&`). Such text is never offered as a
 * name or a text to match.
 */
export function looksSecret(text: string): boolean {
  if (/[A-Za-z0-9+/=_-]{16,}/.test(text) && /\d/.test(text) && /[A-Za-z]/.test(text)) return true;
  return text.split(/\s+/).some((word) => word.length >= 8 && /\p{L}/u.test(word) && /\d/.test(word) && /[^\p{L}\d]/u.test(word));
}

/** Labels of the console's key-value displays and forms. */
const LABELS = 'label, dt, th, legend, [class*="awsui_key-label"]';
const CREDENTIAL_LABEL = /password|secret|private key|seed|passcode|mfa code|recovery code/i;
/** How far up a credential's label or field may sit from its value (Cloudscape nests a few boxes). */
const AREA_DEPTH = 5;

/**
 * Whether an element sits in a credential area: a password field, or within a few levels of one or
 * of a label naming a password, secret key or seed ("Secret access key", "Console password"). Its
 * visible text is never offered there, whatever it looks like.
 */
export function inCredentialArea(element: Element): boolean {
  let area: Element | null = element;
  for (let depth = 0; area && depth < AREA_DEPTH; depth += 1, area = area.parentElement) {
    if (area.matches('input[type="password"]') || area.querySelector('input[type="password"]')) return true;
    if ([...area.querySelectorAll(LABELS)].some((label) => CREDENTIAL_LABEL.test(label.textContent ?? ''))) return true;
  }
  return false;
}

const usable = (text: string) => text !== '' && text.length <= MAX_NAME && !looksSecret(text);

/** What a click on `element` means: the control it is part of (a span inside a button is the button). */
export function pickedControl(element: Element): Element {
  const control = element.closest(CONTROL);
  if (control instanceof HTMLLabelElement && control.control) return control.control;
  return control ?? element;
}

/** `awsui_button_vjswe_1379u_157` → `[class*="awsui_button_"]`: the component, never the hash. */
function cloudscapePrefix(element: Element): string | null {
  for (let el: Element | null = element; el; el = el.parentElement) {
    const component = [...el.classList].map((c) => /^awsui_([a-z-]+)_[a-z0-9]{5}_/.exec(c)?.[1]).find(Boolean);
    if (component) return `[class*="awsui_${component}_"]`;
  }
  return null;
}

/** A field's or control's name, from labels and content, never from what was typed into it. */
function nameOf(element: Element): string {
  return withoutCounter(computeAccessibleName(element, A11Y_OPTIONS)).trim();
}

function scopedVariants(doc: Document, element: Element, locator: Locator): Locator[] {
  const variants: Locator[] = [];
  const modal = openModal(doc);
  if (modal?.contains(element)) variants.push({ ...locator, within: { modal: true } });
  const heading = containerHeadingOf(doc, element);
  if (heading && usable(heading)) variants.push({ ...locator, within: { heading } });
  return variants;
}

/**
 * The locator descriptors the extension could write for an element, ranked by robustness (test
 * id, role and accessible name, field label, each also scoped by its container heading or the
 * open modal, then visible text and the Cloudscape component-prefix CSS), each with how many
 * elements it matches now. Reads names, labels and short visible text; never input values, and
 * never text that looks like a secret.
 */
export function describeElement(doc: Document, picked: Element): Descriptor[] {
  const element = pickedControl(picked);
  const isField = element.matches(FIELD_SELECTOR);
  const raw: { kind: DescriptorKind; locator: Locator }[] = [];
  const testId = element.closest('[data-testid]')?.getAttribute('data-testid');
  if (testId && usable(testId)) raw.push({ kind: 'testId', locator: { testId } });
  const role = getRole(element);
  const name = nameOf(element);
  if (role && KNOWN_ROLES.has(role) && usable(name)) {
    const locator: Locator = { role: role as Locator['role'], name };
    raw.push({ kind: 'role', locator }, ...scopedVariants(doc, element, locator).map((l) => ({ kind: 'role' as const, locator: l })));
  }
  if (isField && usable(name)) {
    const locator: Locator = { label: name };
    raw.push({ kind: 'label', locator }, ...scopedVariants(doc, element, locator).map((l) => ({ kind: 'label' as const, locator: l })));
  }
  const text = isField || inCredentialArea(element) ? '' : (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (usable(text)) {
    const locator: Locator = { text };
    raw.push({ kind: 'text', locator }, ...scopedVariants(doc, element, locator).map((l) => ({ kind: 'text' as const, locator: l })));
  }
  const css = cloudscapePrefix(element);
  if (css) raw.push({ kind: 'css', locator: { css } });
  return raw.map(({ kind, locator }) => {
    const found = findAll(doc, locator);
    const first = found[0];
    // A text match may be the button's inner label: the same control a person sees.
    return { kind, locator, matches: found.length, pointsAtPicked: first !== undefined && (first === element || first.contains(element) || element.contains(first)) };
  });
}

/** The descriptors worth writing: those that match exactly the picked element, best first (at most 3). */
export function bestDescriptors(descriptors: Descriptor[]): Descriptor[] {
  return descriptors.filter((d) => d.matches === 1 && d.pointsAtPicked).slice(0, 3);
}
