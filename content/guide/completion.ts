import type { Condition } from '../../packs/format/schema';
import type { LoadedStep } from '../../packs/format/load';
import type { PageContext } from '../console/page-context';
import { findAll } from '../console/locate';
import { nameList, normaliseName } from '../console/names';

/** What has happened since the step started, gathered from events. */
export interface StepEvents {
  /** The learner acted on the target: clicked it, typed into it, changed it or pressed it with the keyboard (`actedOn`). */
  clicked: boolean;
  /** Flash notifications already on the page when the step started: they do not count. */
  flashesAtStart: ReadonlySet<Element>;
}

/** Controls whose Enter and Space the browser turns into a click, or which take typing: their keydown is not the act. */
export const NATIVE = 'button,input,select,textarea,summary,a[href],[contenteditable]';

/**
 * Whether a trusted event is the learner acting on the step's target, however they act: a click
 * (the browser makes one for Enter and Space on native buttons, links, checkboxes and radios), typing
 * or a changed choice (`input` and `change`, whether the field was clicked, tabbed into or already
 * focused), or Enter or Space on a custom widget (`role=button`, `tab`, …) that gets no click. An
 * event on a control counts when its label (`<label>` or `aria-labelledby`) is the target or holds
 * it, as with Cloudscape's tiles, whose hidden radio is labelled by the text a pack points at. Only
 * the event's type, key and target are read, never a value.
 */
export function actedOn(target: Element, event: Pick<KeyboardEvent, 'isTrusted' | 'type' | 'target'> & { key?: string }): boolean {
  const el = event.target as Element | null;
  if (!event.isTrusted || !el?.closest) return false;
  if (event.type === 'keydown') {
    const role = el.getAttribute('role');
    if (el.closest(NATIVE) || !role || !(event.key === 'Enter' || (event.key === ' ' && role !== 'link'))) return false;
  }
  if (target.contains(el)) return true;
  const labels = [...((el as HTMLInputElement).labels ?? []), ...(el.getAttribute('aria-labelledby') ?? '').split(' ').map((id) => el.ownerDocument.getElementById(id))];
  return labels.some((label) => label && (label.contains(target) || target.contains(label)));
}

function flashShown(doc: Document, condition: NonNullable<Condition['flash']>, before: ReadonlySet<Element>): boolean {
  const wanted = condition.text === undefined ? null : nameList(condition.text);
  return [...doc.querySelectorAll(`[data-analytics-flashbar="${condition.type}"]`)].some((flash) => {
    if (before.has(flash)) return false;
    if (!wanted) return true;
    // Match on the notification's header (and body) text: the console's own words, not secrets.
    const text = normaliseName(flash.textContent ?? '');
    return wanted.some((name) => text.includes(name));
  });
}

function stateHolds(element: Element, state: NonNullable<Condition['state']>['is']): boolean {
  const aria = (name: string) => element.getAttribute(name);
  const native = element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio') ? element.checked : null;
  switch (state) {
    case 'checked':
      return native ?? aria('aria-checked') === 'true';
    case 'unchecked':
      return native === null ? aria('aria-checked') === 'false' : !native;
    case 'selected':
      return aria('aria-selected') === 'true' || native === true;
    case 'current':
      return aria('aria-current') !== null && aria('aria-current') !== 'false';
    case 'expanded':
      return aria('aria-expanded') === 'true';
    case 'pressed':
      return aria('aria-pressed') === 'true';
  }
}

/** Whether one condition holds now. `manual` never holds by itself: the student presses Done. */
export function conditionHolds(condition: Condition, doc: Document, page: PageContext, target: Element | null, events: StepEvents): boolean {
  if (condition.clicked) return events.clicked;
  if (condition.page) return page.pageIds.includes(condition.page);
  if (condition.flash) return flashShown(doc, condition.flash, events.flashesAtStart);
  if (condition.appears) return findAll(doc, condition.appears, page.modal).length > 0;
  if (condition.state) {
    const of = condition.state.of === 'target' ? target : (findAll(doc, condition.state.of, page.modal)[0] ?? null);
    return of !== null && stateHolds(of, condition.state.is);
  }
  return false;
}

/**
 * Whether the step is done, as far as the extension can see. `all` needs every verifiable
 * condition (a manual one among them is confirmed with Done).
 */
export function stepDone(step: LoadedStep, doc: Document, page: PageContext, target: Element | null, events: StepEvents): boolean {
  if ('any' in step.done) return step.done.any.some((c) => conditionHolds(c, doc, page, target, events));
  const verifiable = step.done.all.filter((c) => !c.manual);
  return verifiable.length === step.done.all.length && verifiable.every((c) => conditionHolds(c, doc, page, target, events));
}

export function currentFlashes(doc: Document): Set<Element> {
  return new Set(doc.querySelectorAll('[data-analytics-flashbar]'));
}
