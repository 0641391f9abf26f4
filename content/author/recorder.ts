import { getRole } from 'dom-accessibility-api';
import type { Condition } from '../../packs/format/schema';
import type { PageContext } from '../console/page-context';
import { openModal } from '../console/modal';
import { MAX_RECORDED_STEPS, withFollowUp, withStep, type Recording, type RecordedStep } from '../../packs/draft/recording';
import { storageEchoes } from './storage-echoes';
import { actionableControl, clickStep, goStep, isNativeSelect, mostSpecificPage, nameOf, selectStep, stepContext, typingField, typingStep } from './capture';
// Enter and Space on these are the browser's click: their keydown is not the act.
import { NATIVE } from '../guide/completion';

/** What followed a step counts as its outcome within this time (a page load on a slow machine included). */
const FOLLOW_UP_MS = 20_000;

export interface RecorderDeps {
  /** The recording as storage holds it now (kept current by `watch`). */
  initial: Recording | null;
  save(recording: Recording | null): void;
  watch(callback: (recording: Recording | null) => void): () => void;
  context(): PageContext;
  /** Whether an event comes from the coach's own UI (never recorded). */
  fromCoach(event: Event): boolean;
  now(): number;
}

/** What the recording panel's buttons do, on the recorder's own copy of the recording. */
export interface RecorderControls {
  pause(): void;
  resume(): void;
  undo(): void;
  stop(): void;
}

const isRecording = (recording: Recording | null): recording is Recording => recording?.status === 'recording';

/**
 * The recorder on one console page: while a recording runs, every trusted click on a control,
 * typing into a field and choice in a select becomes a step (`capture.ts`), and what follows it (a
 * new page, a success flash, a dialog, a control's state) becomes how the step is known to be done.
 * The recording lives in extension storage, so it goes on across page loads, tabs and the move
 * between console and sign-in hosts. Reads names, labels and states only, never a value.
 */
export function startRecorder(doc: Document, signal: AbortSignal, deps: RecorderDeps): RecorderControls {
  let recording = deps.initial;
  const view = doc.defaultView!;

  // One write per change, from the copy kept here: a click that unloads the page still gets saved.
  // Storage echoes each write later: an echo must not undo steps or outcomes added since (a success
  // flash was lost so under load).
  const echoes = storageEchoes();
  const write = (next: Recording) => {
    recording = next;
    echoes.wrote(recording);
    deps.save(recording);
  };
  const change = (next: (steps: readonly RecordedStep[]) => RecordedStep[]) => {
    if (isRecording(recording)) write({ ...recording, steps: next(recording.steps) });
  };
  // The page last recognised here (arriving on another is a step, or what the last one led to).
  let pageSeen: string | null = null;
  // The step the author just undid: what it caused (the page it opened, a flash) is no step either.
  let undone: RecordedStep | null = null;
  const record = (next: (steps: readonly RecordedStep[]) => RecordedStep[]) => {
    undone = null;
    change(next);
  };
  const where = () => ({ doc, context: stepContext(deps.context(), pageSeen), now: deps.now() });
  const recent = (step: RecordedStep | undefined) => step !== undefined && step.action !== 'type' && deps.now() - step.at < FOLLOW_UP_MS;
  const undoing = () => recent(undone ?? undefined);
  const lastStep = () => recording?.steps.at(-1);
  const followUp = (condition: Condition) => {
    if (recent(lastStep()) && !undoing()) change((steps) => withFollowUp(steps, condition));
  };

  // A press is described when it starts, before the page reacts (a menu closing on mousedown).
  let pressed: { control: Element; step: RecordedStep } | null = null;
  const listen = <E extends Event>(type: string, handler: (event: E) => void) =>
    view.addEventListener(
      type,
      (event) => {
        if (event.isTrusted && isRecording(recording) && !deps.fromCoach(event)) handler(event as E);
      },
      { capture: true, signal },
    );
  const targetOf = (event: Event) => (event.composedPath()[0] as Element | undefined) ?? null;

  const recordPress = (control: Element, step: RecordedStep) => {
    record((steps) => withStep(steps, step));
    // Its state once the page has reacted: a box ticked, a tab selected, a menu opened.
    view.setTimeout(() => settle(control, step), 0);
  };
  const settle = (control: Element, step: RecordedStep) => {
    const role = getRole(control);
    const aria = (name: string) => control.getAttribute(name) === 'true';
    let state: 'checked' | 'unchecked' | 'selected' | 'expanded' | null = null;
    if (role === 'checkbox' || role === 'switch') state = (control as HTMLInputElement).checked === true || aria('aria-checked') ? 'checked' : 'unchecked';
    else if (role === 'radio') state = 'checked';
    else if (role === 'tab') state = aria('aria-selected') ? 'selected' : null;
    else if (aria('aria-expanded')) state = 'expanded';
    if (!state || lastStep()?.at !== step.at) return;
    const action = state === 'unchecked' ? 'uncheck' : step.action;
    change((steps) => {
      const last = steps.at(-1)!;
      return [...steps.slice(0, -1), { ...last, action, done: [...last.done.filter((c) => !c.clicked && !c.state), { state: { of: 'target', is: state } }] }];
    });
  };

  listen<PointerEvent>('pointerdown', (event) => {
    const element = targetOf(event);
    const control = element && actionableControl(element);
    pressed = control ? { control, step: clickStep(control, where()) } : null;
  });
  listen<MouseEvent>('click', (event) => {
    const element = targetOf(event);
    const control = element && actionableControl(element);
    if (!control) return;
    const step = pressed?.control === control ? { ...pressed.step, at: deps.now() } : clickStep(control, where());
    pressed = null;
    recordPress(control, step);
  });
  listen<KeyboardEvent>('keydown', (event) => {
    const element = targetOf(event);
    if (!element || element.closest(NATIVE) || !(event.key === 'Enter' || event.key === ' ')) return;
    const control = actionableControl(element);
    if (control) recordPress(control, clickStep(control, where()));
  });
  listen<InputEvent>('input', (event) => {
    const element = targetOf(event);
    const field = element && typingField(element);
    if (field) record((steps) => withStep(steps, typingStep(field, where())));
  });
  listen<Event>('change', (event) => {
    const element = targetOf(event);
    if (element && isNativeSelect(element)) record((steps) => withStep(steps, selectStep(element, where())));
  });

  // What follows: the page, a success flash, a dialog. Looked at once per batch of page changes.
  const flashesSeen = new WeakSet<Element>();
  let modalSeen: Element | null = null;
  const flashes = () => [...doc.querySelectorAll('[data-analytics-flashbar="success"]')];
  // Flashes already there when the page loaded count only if a step just led here.
  if (!recent(lastStep())) flashes().forEach((flash) => flashesSeen.add(flash));

  const look = () => {
    if (!isRecording(recording) || doc.visibilityState !== 'visible') return;
    const context = deps.context();
    const pageId = mostSpecificPage(context);
    if (pageId && pageId !== pageSeen) {
      pageSeen = pageId;
      arrivedAt(pageId, context);
    }
    for (const flash of flashes()) {
      if (flashesSeen.has(flash)) continue;
      flashesSeen.add(flash);
      followUp({ flash: { type: 'success' } });
    }
    const modal = openModal(doc);
    if (modal && modal !== modalSeen) {
      const name = nameOf(modal);
      if (name) followUp({ appears: { role: 'dialog', name } });
    }
    modalSeen = modal;
  };

  /** A new page: what the last step led to, or else a step of its own ("Go to Users"). */
  const arrivedAt = (pageId: string, context: PageContext) => {
    const last = lastStep();
    if (last?.pageId === pageId || (recording?.steps.length ?? 0) >= MAX_RECORDED_STEPS || undoing()) return;
    // The page became more specific as it rendered (the wizard, then its first step): say the latter.
    const led = last?.done.find((c) => c.page)?.page;
    if (last && led && pageId.startsWith(`${led}.`)) {
      const done = last.done.map((c) => (c.page === led ? { page: pageId } : c));
      return change((steps) => [...steps.slice(0, -1), { ...last, done, ...(last.action === 'go' ? { pageId } : {}) }]);
    }
    if (recent(last) && !last!.done.some((c) => c.page)) return followUp({ page: pageId });
    if (last?.done.some((c) => c.page === pageId)) return;
    record((steps) => withStep(steps, goStep(pageId, { doc, context, now: deps.now() })));
  };

  let scheduled = false;
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    view.requestAnimationFrame(() => {
      scheduled = false;
      if (!signal.aborted) look();
    });
  };
  const observer = new view.MutationObserver(schedule);
  observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-current', 'aria-selected', 'aria-modal'] });
  const unwatch = deps.watch((value) => {
    // Someone else's change (the library taking the recording; the recorder in another tab) is taken.
    if (!echoes.isOwnEcho(value)) recording = value;
    schedule(); // resumed: look at where the author is now
  });
  signal.addEventListener('abort', unwatch, { once: true });
  view.addEventListener('hashchange', schedule, { signal });
  view.addEventListener('popstate', schedule, { signal });
  doc.addEventListener('visibilitychange', schedule, { signal });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  schedule();

  // The panel's buttons change this copy too, so that one writer in the tab keeps the recording: a
  // button that wrote its own (older) copy lost steps recorded meanwhile, or had its undo overwritten.
  const setStatus = (from: Recording['status'], to: Recording['status']) => {
    if (recording?.status === from) write({ ...recording, status: to });
  };
  return {
    pause: () => setStatus('recording', 'paused'),
    resume: () => {
      setStatus('paused', 'recording');
      schedule(); // where the author is now
    },
    undo: () => {
      if (!recording || recording.status === 'stopped' || recording.steps.length === 0) return;
      undone = recording.steps.at(-1)!;
      write({ ...recording, steps: recording.steps.slice(0, -1) });
    },
    stop: () => {
      if (recording && recording.status !== 'stopped') write({ ...recording, status: 'stopped' });
    },
  };
}
