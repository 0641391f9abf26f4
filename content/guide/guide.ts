import type { LoadedSection, LoadedStep, Pack } from '../../packs/format/load';
import type { PageDefinition } from '../../packs/format/schema';
import { uiLanguage } from '../../i18n/messages';
import { packInLanguage } from '../../packs/format/pack-language';
import { activePackItem, packItem, type ActivePack } from '../../state/packs';
import { authorModeItem, previewItem, type Preview } from '../../state/author';
import { repickItem } from '../../state/repick';
import { progressItem } from '../../state/progress';
import { createStepper, previewPlace, studentPlace, type Stepper } from '../../state/session';
import { catalogueWith } from '../../packs/catalogue/catalogue';
import { describeTargetLocalised } from '../../i18n/describe-target';
import { pageUrl } from '../../packs/catalogue/page-url';
import { watchDom, watchLocation } from '../console/wait';
import { actedOn, currentFlashes, type StepEvents } from './completion';
import { lookAt, runStep } from './runner';
import { MISSING_AFTER_MS, SELF_REPORT_AFTER_MS, type StepView } from './step-state';
import { driftSighting } from './drift-sighting';
import { recordDrift } from '../../state/drift';
import { safeUnwatch } from '../../state/safe-unwatch';
import { requestConsoleLabels } from '../../state/console-labels';
import { readConsoleLanguage } from '../console/language';
import { consoleNameOf, consoleNames, packForConsole, pagesForConsole, type ConsoleName, type ConsoleNames } from './console-language';

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
  /** "Go there" was pressed and refused: the page's address is not a console address. */
  goThereRefused: boolean;
  /** How many steps were just recorded as already done and skipped on the way to this one. */
  skipped: number;
  /** On a console in another language: the name the console shows for the control the step names, and that language. */
  consoleName: (ConsoleName & { language: string }) | null;
}

export interface GuideActions {
  next(): void;
  back(): void;
  skip(): void;
  /** Done (a manual step) or "I did this" (one the coach did not see): recorded self-reported. */
  confirmDone(): void;
  goThere(): void;
  /** Stop the tutorial in every tab (the checklist keeps its progress). */
  close(): void;
  /** A previewed draft step that went missing: the author picks its target again (author mode). */
  repick(): void;
}

export type GuideRender = (snapshot: GuideSnapshot | null, actions: GuideActions) => void;

/** The step running in this tab and what has happened since it started. */
interface RunningStep {
  step: LoadedStep;
  index: number;
  events: StepEvents;
  /** When the step started, or the tab's address last changed (the wait for the target restarts). */
  startedAt: number;
  /** When the step started (the offer of "I did this"). */
  began: number;
  recorded: boolean;
  /** The step's section, and which of its steps have progress: for `alreadyDone`. */
  section: LoadedSection | undefined;
  progress: Set<string>;
  /** Steps recorded as already done on the way here (the callout says so). */
  skipped: number;
  driftReported: boolean;
  /** "Go there" was refused: the callout says so instead of leaving a dead button. */
  goThereRefused: boolean;
  abort: AbortController;
}

/**
 * Runs the active pack's current step in this tab: watches the page and storage, asks the pure
 * runner (`runner.ts`) what to show and whether the step happened, moves on through the session
 * (`state/session.ts`) and hands the overlay what to draw. Everything it registers is released
 * when `signal` aborts (the content script's context is invalidated).
 */
export function startGuide(doc: Document, render: GuideRender, signal: AbortSignal): void {
  let active: ActivePack | null = null;
  let preview: Preview | null = null;
  let session: Stepper | null = null;
  /** The pack as written (English names): what the session runs is this, matched in the console's language. */
  let written: Pack | null = null;
  /** The console's names for the page's language (null: English, or no table). */
  let labels: ConsoleNames | null = null;
  let labelsLanguage: string | null | undefined;
  let running: RunningStep | null = null;
  /** The running step's target as last looked up (a click on it counts). */
  let target: Element | null = null;
  let pages: readonly PageDefinition[] = catalogueWith();
  // What the overlay was last told, so an unchanged step is not redrawn.
  let lastSeen = '';
  let lastTarget: Element | null = null;
  let previewWasOn = false;
  /** Steps just recorded as already done, told to the step the session moves to. */
  let skippedCarry = 0;

  const actions: GuideActions = {
    next: () => void move(+1),
    back: () => void move(-1),
    skip: () => void finish('skipped', false),
    confirmDone: () => void finish('done', false),
    close: () => void session?.stop(),
    goThere: () => {
      if (!running) return;
      const definition = pages.find((p) => p.id === running?.step.page);
      const url = definition ? pageUrl(definition, new URL(window.location.href), running.step.region, pages) : null;
      if (url) {
        window.location.assign(url.href);
        return;
      }
      running.goThereRefused = true;
      tick();
    },
    repick: () => {
      if (!running || !preview) return;
      const step = writtenStep(running.step);
      void repickItem
        .setValue({ packId: preview.pack.id, stepId: step.id, stepTitle: step.title, oldTarget: step.target ?? [], picked: null })
        .then(() => authorModeItem.setValue(true));
    },
  };

  async function move(delta: number) {
    if (session && running) await session.move(running.step.id, delta);
  }

  async function finish(status: 'done' | 'skipped', verified: boolean) {
    if (!session || !running) return;
    running.recorded = true;
    // The session records (a preview records nothing) and makes the next step current; the
    // storage watcher then brings it here and to every other tab.
    const next = await session.finish(running.step.id, status, verified);
    if (!next) tick();
  }

  /** The console shows these steps done already: record them and move past them. */
  async function recordAlready(stepIds: string[]) {
    if (!session || !running) return;
    const current = running;
    current.recorded = true;
    skippedCarry = current.skipped + stepIds.length;
    if (!(await session.recordAlready(stepIds)) && running === current) {
      // It was the last step: this callout says it.
      current.skipped = skippedCarry;
      skippedCarry = 0;
      tick();
    }
  }

  function stopStep() {
    running?.abort.abort();
    running = null;
    target = null;
  }

  /** No step to show (no tutorial, or its step is gone): clear the overlay. */
  function showNothing() {
    stopStep();
    lastSeen = '';
    render(null, actions);
  }

  /** The console's names in the language the page is in: asked for once per language. */
  async function readLabels(): Promise<ConsoleNames | null> {
    const language = readConsoleLanguage(doc);
    if (language !== labelsLanguage) {
      labelsLanguage = language;
      const table = language ? await requestConsoleLabels(language) : null;
      labels = table ? consoleNames(table) : null;
    }
    return labels;
  }

  const shownName = (name: ConsoleName | null) => (name && labelsLanguage ? { ...name, language: labelsLanguage } : null);

  /** The step as the pack wrote it: what the drift report and the callout's description name. */
  const writtenStep = (step: LoadedStep): LoadedStep => written?.sections.flatMap((s) => s.steps).find((s) => s.id === step.id) ?? step;

  /** The preview when there is one, else the student's tutorial. */
  async function refresh() {
    const place = preview ? { packId: preview.pack.id, stepId: preview.stepId } : active;
    if (!place) {
      session = null;
      return showNothing();
    }
    const names = await readLabels();
    if (preview) {
      // A draft may change between runs: always take the one just sent.
      if (written !== preview.pack) stopStep();
      written = preview.pack;
      session = createStepper(packForConsole(packInLanguage(preview.pack, uiLanguage()), names), previewPlace(preview));
      pages = pagesForConsole(catalogueWith(preview.pack.pages), names);
    } else if (!session || session.pack.id !== place.packId || previewWasOn) {
      const pack = (await packItem(place.packId).getValue())?.pack ?? null;
      written = pack;
      session = pack ? createStepper(packForConsole(packInLanguage(pack, uiLanguage()), names), studentPlace(pack.id)) : null;
      pages = pagesForConsole(catalogueWith(pack?.pages), names);
      stopStep();
    }
    previewWasOn = preview !== null;
    const index = session ? session.indexOf(place.stepId) : -1;
    if (!session || index < 0) return showNothing();
    if (running?.step.id === place.stepId) return void tick();
    await startStep(session, index);
  }

  async function startStep(current: Stepper, index: number) {
    stopStep();
    const abort = new AbortController();
    signal.addEventListener('abort', () => abort.abort(), { once: true });
    const step = current.steps[index]!;
    const section = current.pack.sections.find((s) => s.steps.includes(step));
    // What is recorded of the step, and of its section when the section can be found done already.
    const ids = section?.alreadyDone ? section.steps.map((s) => s.id) : [step.id];
    const recordedIds = new Set(preview ? [] : (await Promise.all(ids.map(async (id) => ((await progressItem(current.pack.id, id).getValue()) ? id : '')))).filter(Boolean));
    const now = Date.now();
    running = { step, index, events: { clicked: false, flashesAtStart: currentFlashes(doc) }, startedAt: now, began: now, recorded: recordedIds.has(step.id), section, progress: recordedIds, skipped: skippedCarry, driftReported: false, goThereRefused: false, abort };
    skippedCarry = 0;
    // Observe the page only while a step runs; idle tabs cost nothing. A page that navigates away
    // while it is parsed (a redirect page) may have no <body>: watch the root then, as mount.ts mounts.
    watchDom(doc.body ?? doc.documentElement, tick, abort.signal);
    watchLocation(() => {
      if (running) running.startedAt = Date.now();
      tick();
    }, abort.signal);
    // However the learner acts: pointer, typing (never read), a changed choice, the keyboard.
    for (const type of ['click', 'input', 'change', 'keydown']) doc.addEventListener(type, onAct, { capture: true, signal: abort.signal });
    const timers = [MISSING_AFTER_MS, SELF_REPORT_AFTER_MS].map((ms) => setTimeout(tick, ms + 50));
    abort.signal.addEventListener('abort', () => timers.forEach(clearTimeout), { once: true });
    tick();
  }

  function onAct(event: Event) {
    // A page script's click() or dispatched event is not the student's: it never counts (`actedOn`).
    if (running && target && actedOn(target, event as KeyboardEvent)) {
      running.events.clicked = true;
      // The act may navigate or open a modal; look again once it has.
      requestAnimationFrame(tick);
    }
  }

  /** Look at the page and update the overlay; false when nothing the student sees changed. */
  function tick(): boolean {
    if (signal.aborted || !session || !running || (!active && !preview)) return true;
    const { step, index } = running;
    const look = lookAt(doc, new URL(window.location.href), pages, step);
    // A target that left the page (navigation, re-render) is looked up afresh.
    target = look.target;
    const now = Date.now();
    const outcome = runStep(look, step, { events: running.events, waitedMs: now - running.startedAt, ranMs: now - running.began, recorded: running.recorded, section: running.section, progress: running.progress });
    // Count it in the drift report (ids and a masked address only); a draft preview records nothing.
    if (outcome.drift && !running.driftReported && !preview) {
      running.driftReported = true;
      void recordDrift(driftSighting(session.pack, writtenStep(step), outcome.drift, look.page)).catch(() => undefined);
    }
    if (outcome.finished) {
      void finish('done', true);
      return true;
    }
    if (outcome.alreadyDone.length) {
      void recordAlready(outcome.alreadyDone);
      return true;
    }
    const { view } = outcome;
    // Under a busy page this runs every frame: redraw only when something the student sees changed.
    const { goThereRefused, skipped } = running;
    const seen = [preview !== null, session.pack.id, session.pack.version, index, step.id, view.state, view.behindModal, view.blockedReason, view.selfReport, look.matches, running.recorded, goThereRefused, skipped].join('|');
    const shownTarget = view.state === 'anchored' ? target : null;
    if (seen === lastSeen && shownTarget === lastTarget) return false;
    lastSeen = seen;
    lastTarget = shownTarget;
    render(
      {
        pack: session.pack,
        step,
        index,
        total: session.steps.length,
        view,
        target: shownTarget,
        recorded: running.recorded,
        targetDescription: describeTargetLocalised(writtenStep(step).target),
        pageTitle: pages.find((p) => p.id === step.page)?.title ?? null,
        matches: look.matches,
        preview: preview !== null,
        goThereRefused,
        skipped,
        consoleName: shownName(consoleNameOf(writtenStep(step), labels)),
      },
      actions,
    );
    return true;
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
