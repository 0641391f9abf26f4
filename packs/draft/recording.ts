import type { Condition, Locator } from '../format/schema';
import { sameTarget } from '../format/locator-key';

/** What the author did, as one step of the pack to be. */
export type RecordedAction = 'click' | 'check' | 'uncheck' | 'choose' | 'type' | 'select' | 'go';

/**
 * One recorded step: what was done, where, the element's locators (best first, then an independent
 * fallback) and what followed. Holds names, labels, page ids and conditions only: never a typed
 * value, never text from a credential area, never an address.
 */
export interface RecordedStep {
  action: RecordedAction;
  /** The control's role and accessible name (or label), for the step's words. */
  role: string | null;
  name: string | null;
  /** For `select`: the chosen option's text. */
  option?: string;
  pageId: string | null;
  target: Locator[];
  /** What showed the step happened, refined by what followed (a new page, a flash, a state). */
  done: Condition[];
  identity: 'root' | 'iam-user' | null;
  region: string | null;
  /** The page showed or asked for a secret (a password, a key, an MFA seed or code). */
  secretPage: boolean;
  /** When it was recorded (ms since the epoch), to tell a double click and what a click caused. */
  at: number;
}

export interface Recording {
  status: 'recording' | 'paused' | 'stopped';
  /** Add the steps to the draft in the library's editor rather than replace it. */
  append: boolean;
  steps: RecordedStep[];
}

/** At most this many steps (the pack format's limit): a recording that long stops taking steps. */
export const MAX_RECORDED_STEPS = 300;
/** A second click on the same control within this time is a double click, not a step. */
const DOUBLE_CLICK_MS = 500;

// Compared by locator keys: a step read back from storage has its keys in another order.
const samePlace = (a: RecordedStep, b: RecordedStep) => a.pageId === b.pageId && sameTarget(a.target, b.target);

/**
 * The steps with one more action, noise merged: a field typed in again is one step; a click on the
 * control just clicked (a double click) is dropped; a box ticked again or a select changed again
 * keeps its last state only.
 */
export function withStep(steps: readonly RecordedStep[], step: RecordedStep): RecordedStep[] {
  const last = steps.at(-1);
  if (last && samePlace(last, step)) {
    if (step.action === 'type' && last.action === 'type') return [...steps];
    // A double click, or a label's click passed on to its box: one step, in its latest state.
    if (step.at - last.at < DOUBLE_CLICK_MS) return step.action === 'click' ? [...steps] : [...steps.slice(0, -1), step];
    if ((step.action === 'check' || step.action === 'uncheck') && (last.action === 'check' || last.action === 'uncheck')) return [...steps.slice(0, -1), step];
    if (step.action === 'select' && last.action === 'select') return [...steps.slice(0, -1), step];
  }
  if (steps.length >= MAX_RECORDED_STEPS) return [...steps];
  return [...steps, step];
}

/** The last step with one more condition that shows it happened (each kind once; `clicked` gives way). */
export function withFollowUp(steps: readonly RecordedStep[], condition: Condition): RecordedStep[] {
  const last = steps.at(-1);
  if (!last) return [...steps];
  const kind = Object.keys(condition)[0]!;
  if (last.done.some((c) => Object.keys(c)[0] === kind)) return [...steps];
  const done = [...last.done.filter((c) => !c.clicked), condition];
  return [...steps.slice(0, -1), { ...last, done }];
}
