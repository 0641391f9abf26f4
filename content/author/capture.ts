import { computeAccessibleName, getRole } from 'dom-accessibility-api';
import type { Locator } from '../../packs/format/schema';
import type { PageContext } from '../console/page-context';
import type { RecordedAction, RecordedStep } from '../../packs/draft/recording';
import { A11Y_OPTIONS } from '../console/computed-style';
import { FIELD_SELECTOR } from '../console/locate';
import { withoutCounter } from '../console/names';
import { describeElement, looksSecret, pickedControl, type Descriptor } from './describe-element';

/** What a click can act on; anything else (text, a blank area, a heading) is not a step. */
const ACTIONABLE = 'button, a[href], summary, input[type="checkbox"], input[type="radio"], input[type="submit"], input[type="button"], [role="button"], [role="link"], [role="tab"], [role="menuitem"], [role="menuitemcheckbox"], [role="menuitemradio"], [role="option"], [role="checkbox"], [role="radio"], [role="switch"], [role="row"], [role="treeitem"]';
/** Fields a person types into: a click there only focuses; the typing is the step. */
const TEXT_FIELD = 'input:not([type]), input[type="text"], input[type="email"], input[type="password"], input[type="search"], input[type="tel"], input[type="url"], input[type="number"], textarea, [role="textbox"], [role="searchbox"], [role="combobox"]:not(button), [contenteditable="true"]';
/** A label of a field or value that is a secret itself (not a column such as "Password age"). */
const SECRET_LABEL = /^(console password|password|new password|confirm password|secret access key|secret key|private key|mfa code( \d)?|passcode|recovery code)$/i;
/**
 * Twelve digits together (an AWS account id), or an `@` (an email address, or the console's
 * "user @ account"): personal, and different for every learner. Never recorded in a name or text.
 */
const PERSONAL = /\d{4}-?\d{4}-?\d{4}|@/;

/** The page the step happens on: the most specific one recognised (a wizard step rather than the wizard). */
export function mostSpecificPage(context: Pick<PageContext, 'pageIds'>): string | null {
  return [...context.pageIds].sort((a, b) => b.split('.').length - a.split('.').length)[0] ?? null;
}

/**
 * The context a step is recorded in. A click as the page changes (its new address set, its new
 * content not yet rendered) matches no page by content: it is on the page last recognised, as long
 * as the address still fits that page; else it stays on no page (its target is then re-picked).
 */
export function stepContext<C extends Pick<PageContext, 'pageIds' | 'urlPageIds'>>(context: C, lastPageSeen: string | null): C {
  const stillOn = context.pageIds.length === 0 && lastPageSeen !== null && context.urlPageIds.includes(lastPageSeen);
  return stillOn ? { ...context, pageIds: [lastPageSeen] } : context;
}

/**
 * Whether the page shows or asks for a secret: a password field, or a label naming a password,
 * a secret key or an MFA code. The step gets a warning; nothing of the page is kept.
 */
export function pageHasSecrets(doc: Document): boolean {
  if (doc.querySelector('input[type="password"]')) return true;
  return [...doc.querySelectorAll('label, dt, legend, [class*="awsui_key-label"], [class*="awsui_label_"]')].some((label) => SECRET_LABEL.test((label.textContent ?? '').replace(/\s+/g, ' ').trim()));
}

const isPersonal = (locator: Locator) => PERSONAL.test(JSON.stringify(locator));

/**
 * The step's target: the best descriptor that finds exactly this element, then a fallback of
 * another kind (an independent way to find it when the first stops working). When none finds it
 * alone, the best that finds it first. Never a descriptor holding an account id or an `@`.
 */
export function chooseTarget(descriptors: readonly Descriptor[]): Locator[] {
  const usable = descriptors.filter((d) => d.pointsAtPicked && !isPersonal(d.locator));
  const exact = usable.filter((d) => d.matches === 1);
  const best = exact[0] ?? usable[0];
  if (!best) return [];
  const fallback = exact.find((d) => d.kind !== best.kind) ?? usable.find((d) => d.kind !== best.kind);
  return fallback ? [best.locator, fallback.locator] : [best.locator];
}

/** Console words a step may repeat: short, and neither secret-looking nor personal; null otherwise. */
function safeWords(text: string | null | undefined): string | null {
  const words = text?.replace(/\s+/g, ' ').trim();
  return words && words.length <= 80 && !looksSecret(words) && !PERSONAL.test(words) ? words : null;
}

/** An element's accessible name (a control's, a field's label, a dialog's title), when it is safe to repeat. */
export function nameOf(element: Element): string | null {
  return safeWords(withoutCounter(computeAccessibleName(element, A11Y_OPTIONS)));
}

function actionOf(control: Element): RecordedAction {
  const role = getRole(control);
  // Ticked or cleared: the recorder settles which from the box's state once the page has reacted.
  if (role === 'checkbox' || role === 'switch') return 'check';
  if (role === 'radio' || role === 'option' || role === 'menuitemradio' || role === 'tab') return 'choose';
  return 'click';
}

/** How far up from the clicked text a tile's or option's label may sit. */
const LABEL_DEPTH = 4;

/**
 * The radio or checkbox a clicked text labels: its `<label>`'s control, or the input whose
 * `aria-labelledby` names the text or a box around it (Cloudscape's tiles and radio groups).
 */
function labelledControl(element: Element): Element | null {
  const label = element.closest('label');
  if (label?.control) return label.control;
  const ids = new Set<string>();
  for (let el: Element | null = element, depth = 0; el && depth < LABEL_DEPTH; depth += 1, el = el.parentElement) if (el.id) ids.add(el.id);
  if (ids.size === 0) return null;
  return [...element.ownerDocument.querySelectorAll('input[type="radio"][aria-labelledby], input[type="checkbox"][aria-labelledby]')].find((input) => input.getAttribute('aria-labelledby')!.split(/\s+/).some((id) => ids.has(id))) ?? null;
}

/** The control a pointer press or a click lands on, when it is one worth a step; null for a blank area or a text field (focus only). */
export function actionableControl(element: Element): Element | null {
  const control = labelledControl(element) ?? pickedControl(element);
  if (control.matches(TEXT_FIELD)) return null;
  return control.closest(ACTIONABLE);
}

/** Whether typing into this element is a step: a text field, never one of the coach's own. */
export function typingField(element: Element): Element | null {
  return element.closest(TEXT_FIELD);
}

interface Where {
  doc: Document;
  context: Pick<PageContext, 'pageIds' | 'identity' | 'region'>;
  now: number;
}

/** What every step records of where it happened: the page, who was signed in, the region it needs, secrets shown. */
function whereOf(pageId: string | null, { doc, context, now }: Where) {
  return {
    pageId,
    identity: context.identity,
    // Only regional services' steps need the region; IAM, billing and sign-in are global.
    region: pageId?.startsWith('cloudwatch.') ? context.region : null,
    secretPage: pageHasSecrets(doc),
    at: now,
  };
}

function step(control: Element, action: RecordedAction, where: Where, extra: Partial<RecordedStep> = {}): RecordedStep {
  return {
    action,
    role: getRole(control),
    name: nameOf(control),
    target: chooseTarget(describeElement(where.doc, control)),
    done: [{ clicked: true }],
    ...whereOf(mostSpecificPage(where.context), where),
    ...extra,
  };
}

/** Arriving on a page by hand (the address bar, Back): a step of its own, done on that page. */
export function goStep(pageId: string, where: Where): RecordedStep {
  return { action: 'go', role: null, name: null, target: [], done: [{ page: pageId }], ...whereOf(pageId, where) };
}

/** A click (or Enter or Space) on a control, described before the page reacts to it. */
export function clickStep(control: Element, where: Where): RecordedStep {
  return step(control, actionOf(control), where);
}

/** Typing into a field: that it was typed in, by its label; never what was typed. */
export function typingStep(field: Element, where: Where): RecordedStep {
  return step(field, 'type', where);
}

/** A choice in a native select: the option's text (the console's own words), never a typed value. */
export function selectStep(select: HTMLSelectElement, where: Where): RecordedStep {
  const option = safeWords(select.selectedOptions[0]?.textContent);
  return step(select, 'select', where, option ? { option } : {});
}

/** Whether an element is a form field a `select` step describes (a native select). */
export const isNativeSelect = (element: Element): element is HTMLSelectElement => element instanceof HTMLSelectElement && element.matches(FIELD_SELECTOR);
