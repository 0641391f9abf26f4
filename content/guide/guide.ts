import type { LoadedStep, Pack } from '../../packs/format/load';
import type { PageDefinition } from '../../packs/format/schema';
import { activePackItem, packItem, type ActivePack } from '../../state/packs';
import { previewItem, type Preview } from '../../state/author';
import { progressItem } from '../../state/progress';
import { createSession, previewPlace, studentPlace, type Session } from '../../state/session';
import { catalogueWith } from '../../packs/catalogue/catalogue';
import { describeTarget } from '../console/locate';
import { pageUrl } from '../../packs/catalogue/page-url';
import { watchDom, watchLocation } from '../console/wait';
import { currentFlashes, type StepEvents } from './completion';
import { lookAt, runStep } from './runner';
import { MISSING_AFTER_MS, type StepView } from './step-state';
import { driftSighting } from './drift-sighting';
import { recordDrift } from '../../state/drift';
import { safeUnwatch } from '../../state/safe-unwatch';

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

/** The step running in this tab and what has happened since it started. */
interface RunningStep {
  step: LoadedStep;
  index: number;
  events: StepEvents;
  startedAt: number;
  recorded: boolean;
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
  let session: Session | null = null;
  let running: RunningStep | null = null;
  /** The running step's target as last looked up (a click on it counts). */
  let target: Element | null = null;
  let pages: readonly PageDefinition[] = catalogueWith();
  // What the overlay was last told, so an unchanged step is not redrawn.
  let lastSeen = '';
  let lastTarget: Element | null = null;
  let previewWasOn = false;

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

  /** The preview when there is one, else the student's tutorial. */
  async function refresh() {
    const place = preview ? { packId: preview.pack.id, stepId: preview.stepId } : active;
    if (!place) {
      session = null;
      return showNothing();
    }
    if (preview) {
      // A draft may change between runs: always take the one just sent.
      if (session?.pack !== preview.pack) stopStep();
      session = createSession(preview.pack, previewPlace(preview));
      pages = catalogueWith(preview.pack.pages);
    } else if (!session || session.pack.id !== place.packId || previewWasOn) {
      const pack = (await packItem(place.packId).getValue())?.pack ?? null;
      session = pack ? createSession(pack, studentPlace(pack.id)) : null;
      pages = catalogueWith(pack?.pages);
      stopStep();
    }
    previewWasOn = preview !== null;
    const index = session ? session.indexOf(place.stepId) : -1;
    if (!session || index < 0) return showNothing();
    if (running?.step.id === place.stepId) return void tick();
    await startStep(session, index);
  }

  async function startStep(current: Session, index: number) {
    stopStep();
    const abort = new AbortController();
    signal.addEventListener('abort', () => abort.abort(), { once: true });
    const step = current.steps[index]!;
    const recorded = preview ? false : (await progressItem(current.pack.id, step.id).getValue()) !== null;
    running = { step, index, events: { clicked: false, flashesAtStart: currentFlashes(doc) }, startedAt: Date.now(), recorded, driftReported: false, goThereRefused: false, abort };
    // Observe the page only while a step runs; idle tabs cost nothing.
    watchDom(doc.body, tick, abort.signal);
    watchLocation(() => {
      if (running) running.startedAt = Date.now();
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
    if (running && target && event.target instanceof Node && target.contains(event.target)) {
      running.events.clicked = true;
      // The click may navigate or open a modal; look again once it has.
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
    const outcome = runStep(look, step, running.events, Date.now() - running.startedAt, running.recorded);
    // Count it in the drift report (ids and a masked address only); a draft preview records nothing.
    if (outcome.drift && !running.driftReported && !preview) {
      running.driftReported = true;
      void recordDrift(driftSighting(session.pack, step, outcome.drift, look.page)).catch(() => undefined);
    }
    if (outcome.finished) {
      void finish('done', true);
      return true;
    }
    const { view } = outcome;
    // Under a busy page this runs every frame: redraw only when something the student sees changed.
    const { goThereRefused } = running;
    const seen = [preview !== null, session.pack.id, session.pack.version, index, step.id, view.state, view.behindModal, view.blockedReason, look.matches, running.recorded, goThereRefused].join('|');
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
        targetDescription: describeTarget(step.target),
        pageTitle: pages.find((p) => p.id === step.page)?.title ?? null,
        matches: look.matches,
        preview: preview !== null,
        goThereRefused,
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
