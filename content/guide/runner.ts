import type { LoadedSection, LoadedStep } from '../../packs/format/load';
import type { AlreadyCondition, AlreadyDone, PageDefinition } from '../../packs/format/schema';
import { locateTarget } from '../console/locate';
import { readPageContext, type PageContext } from '../console/page-context';
import { conditionHolds, stepDone, type StepEvents } from './completion';
import { SELF_REPORT_AFTER_MS, viewStep, type StepView } from './step-state';

/** One look at the tab for one step: the page context and the step's target, each read once. */
export interface PageLook {
  doc: Document;
  page: PageContext;
  /** The step's target, when the step is on its page and a locator found it. */
  target: Element | null;
  /** How many elements the deciding locator matched (a robust target matches exactly 1). */
  matches: number;
}

/** What the runner knows of the step's run besides the look. */
export interface StepRun {
  events: StepEvents;
  /** Since the step started or the tab's address last changed: the wait for the target. */
  waitedMs: number;
  /** Since the step started: when to offer "I did this" (`SELF_REPORT_AFTER_MS`). */
  ranMs: number;
  /** The step has progress recorded (the learner came back to it). */
  recorded: boolean;
  /** The step's section: its `alreadyDone` covers every step of it. */
  section?: Pick<LoadedSection, 'alreadyDone' | 'steps'>;
  /** Steps with progress recorded: never recorded again as already done. */
  progress?: ReadonlySet<string>;
}

/** What the runner decides from a look. */
export interface StepOutcome {
  view: StepView;
  /** The extension saw the step happen: record it as verified and move on. */
  finished: boolean;
  /**
   * The console shows these steps were done before (the step's or its section's `alreadyDone`):
   * record them done, verified and already, and move on. Empty when not.
   */
  alreadyDone: string[];
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

/** Whether the tab shows `alreadyDone.page` with its conditions holding (presence and state only). */
function shownDone(look: PageLook, already: AlreadyDone | undefined, events: StepEvents): boolean {
  if (!already || !look.page.pageIds.includes(already.page)) return false;
  const holds = (c: AlreadyCondition) => conditionHolds(c, look.doc, look.page, null, events);
  return 'any' in already ? already.any.some(holds) : already.all.every(holds);
}

/**
 * The step runner's decision, from one look and the step's run (events since it started, how long
 * it has run, what is recorded): what the callout shows, whether the step is done or was done
 * already, and whether it drifted. Reads the DOM it is given (flashes, `appears`) and writes nothing.
 */
export function runStep(look: PageLook, step: LoadedStep, run: StepRun): StepOutcome {
  const { page, target } = look;
  const { events, recorded } = run;
  const behindModal = target !== null && page.modal !== null && !page.modal.contains(target);
  const view = viewStep(step, page, { found: target !== null, behindModal }, run.waitedMs);
  const open = !recorded && view.state !== 'blocked';
  const finished = open && step.verifiable && stepDone(step, look.doc, page, target, events);
  // Done before the tutorial asked: only while the learner has not acted on this step (what they
  // just did is theirs, verified) and it did not just finish (seen happen beats seen done).
  let alreadyDone: string[] = [];
  if (open && !finished && !events.clicked) {
    if (run.section && shownDone(look, run.section.alreadyDone, events)) alreadyDone = run.section.steps.map((s) => s.id).filter((id) => id === step.id || !run.progress?.has(id));
    else if (shownDone(look, step.alreadyDone, events)) alreadyDone = [step.id];
  }
  view.selfReport = !recorded && step.verifiable && (view.state === 'missing' || run.ranMs >= SELF_REPORT_AFTER_MS);
  const pageKnown = !step.page || page.pageIds.includes(step.page);
  const drift = view.state === 'missing' ? (pageKnown ? 'target-not-found' : 'page-not-recognised') : null;
  return { view, finished, alreadyDone, drift };
}
