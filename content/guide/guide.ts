import type { LoadedStep, Pack } from '../../packs/format/load';
import type { PageDefinition } from '../../packs/format/schema';
import { activePackItem, allSteps, packItem, type ActivePack } from '../../state/packs';
import { previewItem, type Preview } from '../../state/author';
import { progressItem, recordStep } from '../../state/progress';
import { catalogueWith } from '../console/catalogue';
import { describeTarget, locateTarget } from '../console/locate';
import { openModal, readPageContext, type PageContext } from '../console/page-context';
import { pageUrl } from '../console/page-url';
import { watchDom, watchLocation } from '../console/wait';
import { currentFlashes, stepDone, type StepEvents } from './completion';
import { MISSING_AFTER_MS, viewStep, type StepView } from './step-state';
import { safeUnwatch } from '../overlay/safe-unwatch';
import { recordDrift } from '../../state/drift';
import { maskedLocation } from '../console/masked-location';

/** Everything the overlay needs to draw one step. */
export interface GuideSnapshot {
  pack: Pack;
  step: LoadedStep;
  index: number;
  total: number;
  view: StepView;
  target: Element | null;
  /** The step was already recorded (the student came back to it). */
  recorded: boolean;
  targetDescription: string;
  /** Title of the page the step happens on, for "elsewhere". */
  pageTitle: string | null;
  /** How many elements the deciding locator matched (a robust target matches exactly 1). */
  matches: number;
  /** A draft running for its author: nothing is recorded. */
  preview: boolean;
}

export interface GuideActions {
  next(): void;
  back(): void;
  skip(): void;
  confirmDone(): void;
  goThere(): void;
  /** Stop the tutorial in every tab (the checklist keeps its progress). */
  close(): void;
}

export type GuideRender = (snapshot: GuideSnapshot | null, actions: GuideActions) => void;

/**
 * Runs the active pack's current step in this tab: finds the step's page and target, tells the
 * overlay what to show, notices when the step happens and records it. Everything it registers is
 * released when `signal` aborts (the content script's context is invalidated).
 */
export function startGuide(doc: Document, render: GuideRender, signal: AbortSignal): void {
  let active: ActivePack | null = null;
  let preview: Preview | null = null;
  let pack: Pack | null = null;
  let step: { step: LoadedStep; index: number; events: StepEvents; startedAt: number; recorded: boolean; driftReported: boolean; abort: AbortController } | null = null;
  let target: Element | null = null;
  let page: PageContext | null = null;
  let pages: readonly PageDefinition[] = catalogueWith();
  // What the overlay was last told, so an unchanged step is not redrawn.
  let lastSeen = '';
  let lastTarget: Element | null = null;
  let previewWasOn = false;

  const steps = () => (pack ? allSteps(pack) : []);

  const actions: GuideActions = {
    next: () => void moveTo(+1),
    back: () => void moveTo(-1),
    skip: () => void finish('skipped', false),
    confirmDone: () => void finish('done', false),
    close: () => void (preview ? previewItem.setValue(null) : activePackItem.setValue(null)),
    goThere: () => {
      const pageId = step?.step.page;
      const definition = pages.find((p) => p.id === pageId);
      if (definition) window.location.assign(pageUrl(definition, new URL(window.location.href), step?.step.region, pages));
    },
  };

  /** Make another step current: the preview's, or the student's tutorial's. */
  async function goToStep(stepId: string) {
    if (preview) await previewItem.setValue({ ...preview, stepId });
    else if (pack) await activePackItem.setValue({ packId: pack.id, stepId });
  }

  async function moveTo(delta: number) {
    if (!pack || !step) return;
    const next = steps()[step.index + delta];
    if (next) await goToStep(next.id);
  }

  async function finish(status: 'done' | 'skipped', verified: boolean) {
    if (!pack || !step) return;
    const { index, step: current } = step;
    step.recorded = true;
    // A preview never touches the student's progress.
    if (!preview) await recordStep(pack.id, current.id, status, verified);
    const next = steps()[index + 1];
    if (next) await goToStep(next.id);
    else tick();
  }

  function stopStep() {
    step?.abort.abort();
    step = null;
    target = null;
  }

  /** No step to show (no tutorial, or its step is gone): clear the overlay. */
  function showNothing() {
    stopStep();
    lastSeen = '';
    render(null, actions);
  }

  /** The preview when there is one, else the student's tutorial. */
  async function refresh() {
    const value = preview ? { packId: preview.pack.id, stepId: preview.stepId } : active;
    if (!value) {
      pack = null;
      showNothing();
      return;
    }
    if (preview) {
      // A draft may change between runs: always take the one just sent.
      if (pack !== preview.pack) stopStep();
      pack = preview.pack;
      pages = catalogueWith(pack.pages);
    } else if (!pack || pack.id !== value.packId || previewWasOn) {
      pack = (await packItem(value.packId).getValue())?.pack ?? null;
      pages = catalogueWith(pack?.pages);
      stopStep();
    }
    previewWasOn = preview !== null;
    const index = steps().findIndex((s) => s.id === value.stepId);
    if (!pack || index < 0) {
      showNothing();
      return;
    }
    if (step?.step.id === value.stepId) return tick();
    stopStep();
    const abort = new AbortController();
    signal.addEventListener('abort', () => abort.abort(), { once: true });
    const current = steps()[index]!;
    const recorded = preview ? false : (await progressItem(pack.id, current.id).getValue()) !== null;
    step = { step: current, index, events: { clicked: false, flashesAtStart: currentFlashes(doc) }, startedAt: Date.now(), recorded, driftReported: false, abort };
    // Observe the page only while a step runs; idle tabs cost nothing.
    watchDom(doc.body, tick, abort.signal);
    watchLocation(() => {
      if (step) step.startedAt = Date.now();
      tick();
    }, abort.signal);
    doc.addEventListener('click', onClick, { capture: true, signal: abort.signal });
    const timer = setTimeout(tick, MISSING_AFTER_MS + 50);
    abort.signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
    tick();
  }

  function onClick(event: MouseEvent) {
    // A page script's click() is not the student's: it never counts towards a step.
    if (!event.isTrusted) return;
    if (step && target && event.target instanceof Node && target.contains(event.target)) {
      step.events.clicked = true;
      // The click may navigate or open a modal; look again once it has.
      requestAnimationFrame(tick);
    }
  }

  /** Look at the page and update the overlay; false when nothing the student sees changed. */
  function tick(): boolean {
    if (signal.aborted || !pack || !step || (!active && !preview)) return true;
    page = readPageContext(doc, new URL(window.location.href), pages);
    const { step: current } = step;
    const onPage = !current.page || page.pageIds.includes(current.page);
    const located = onPage ? locateTarget(doc, current.target) : null;
    // A target that left the page (navigation, re-render) is looked up afresh.
    target = located?.element ?? null;
    const modal = page.modalOpen ? openModal(doc) : null;
    const behindModal = target !== null && modal !== null && !modal.contains(target);
    const view = viewStep(current, page, { found: target !== null, behindModal }, Date.now() - step.startedAt);
    if (view.state === 'missing' && !step.driftReported) {
      step.driftReported = true;
      reportDrift(pack, current, page);
    }
    if (!step.recorded && view.state !== 'blocked' && current.verifiable && stepDone(current, doc, page, target, step.events)) {
      void finish('done', true);
      return true;
    }
    // Under a busy page this runs every frame: redraw only when something the student sees changed.
    const seen = [preview !== null, pack.id, pack.version, step.index, current.id, view.state, view.behindModal, view.blockedReason, located?.matches, step.recorded].join('|');
    const shownTarget = view.state === 'anchored' ? target : null;
    if (seen === lastSeen && shownTarget === lastTarget) return false;
    lastSeen = seen;
    lastTarget = shownTarget;
    const definition = pages.find((p) => p.id === current.page);
    render(
      {
        pack,
        step: current,
        index: step.index,
        total: steps().length,
        view,
        target: shownTarget,
        recorded: step.recorded,
        targetDescription: describeTarget(current.target),
        pageTitle: definition?.title ?? null,
        matches: located?.matches ?? 0,
        preview: preview !== null,
      },
      actions,
    );
    return true;
  }

  /** The step could not be followed here: count it in the drift report (ids and a masked address only). */
  function reportDrift(current: Pack, currentStep: LoadedStep, context: PageContext) {
    const pageKnown = !currentStep.page || context.pageIds.includes(currentStep.page);
    void recordDrift({
      packId: current.id,
      packVersion: current.version,
      stepId: currentStep.id,
      kind: pageKnown ? 'target-not-found' : 'page-not-recognised',
      locators: currentStep.target ?? null,
      expectedPage: currentStep.page ?? null,
      detectedPages: context.pageIds,
      where: maskedLocation(context.url, pages),
    }).catch(() => undefined);
  }

  void Promise.all([activePackItem.getValue(), previewItem.getValue()]).then(([value, draft]) => {
    if (signal.aborted) return;
    active = value;
    preview = draft;
    void refresh();
  });
  const unwatchActive = activePackItem.watch((value) => {
    active = value;
    void refresh();
  });
  const unwatchPreview = previewItem.watch((value) => {
    preview = value;
    void refresh();
  });
  signal.addEventListener('abort', () => {
    safeUnwatch(unwatchActive);
    safeUnwatch(unwatchPreview);
    stopStep();
  }, { once: true });
}
