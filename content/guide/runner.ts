import type { LoadedStep } from '../../packs/format/load';
import type { PageDefinition } from '../../packs/format/schema';
import { locateTarget } from '../console/locate';
import { readPageContext, type PageContext } from '../console/page-context';
import { stepDone, type StepEvents } from './completion';
import { viewStep, type StepView } from './step-state';

/** One look at the tab for one step: the page context and the step's target, each read once. */
export interface PageLook {
  doc: Document;
  page: PageContext;
  /** The step's target, when the step is on its page and a locator found it. */
  target: Element | null;
  /** How many elements the deciding locator matched (a robust target matches exactly 1). */
  matches: number;
}

/** What the runner decides from a look. */
export interface StepOutcome {
  view: StepView;
  /** The extension saw the step happen: record it as verified and move on. */
  finished: boolean;
  /** The step cannot be followed here (it just went missing): count it in the drift report. */
  drift: 'target-not-found' | 'page-not-recognised' | null;
}

/** Read the tab once for a step: the page it shows, then the target if the step is on that page. */
export function lookAt(doc: Document, url: URL, pages: readonly PageDefinition[], step: LoadedStep): PageLook {
  const page = readPageContext(doc, url, pages);
  const onPage = !step.page || page.pageIds.includes(step.page);
  const located = onPage ? locateTarget(doc, step.target, page.modal) : null;
  return { doc, page, target: located?.element ?? null, matches: located?.matches ?? 0 };
}

/**
 * The step runner's decision, from one look, the events since the step started and how long it
 * has run: what the callout shows, whether the step is done, and whether it drifted. Reads the
 * DOM it is given (flashes, `appears`) and writes nothing.
 */
export function runStep(look: PageLook, step: LoadedStep, events: StepEvents, elapsedMs: number, alreadyRecorded: boolean): StepOutcome {
  const { page, target } = look;
  const behindModal = target !== null && page.modal !== null && !page.modal.contains(target);
  const view = viewStep(step, page, { found: target !== null, behindModal }, elapsedMs);
  const finished = !alreadyRecorded && view.state !== 'blocked' && step.verifiable && stepDone(step, look.doc, page, target, events);
  const pageKnown = !step.page || page.pageIds.includes(step.page);
  const drift = view.state === 'missing' ? (pageKnown ? 'target-not-found' : 'page-not-recognised') : null;
  return { view, finished, drift };
}
