import type { LoadedStep, Pack } from '../packs/format/load';
import { previewItem, type Preview } from './author';
import { activePackItem, allSteps } from './packs';
import { clearStep, recordStep, resetPackProgress, type StepProgress } from './progress';

/** A pack's progress, step id → what happened to it. */
export type Progress = Readonly<Record<string, StepProgress>>;

/**
 * Where a session keeps the learner's place: the student's tutorial (progress recorded, one key
 * per step) or an author's preview of a draft (nothing recorded, the student's tutorial untouched).
 */
export interface SessionPlace {
  /** Make a step current; null ends the session (the checklist keeps its progress). */
  setCurrent(stepId: string | null): Promise<void>;
  record(stepId: string, status: StepProgress['status'], verified: boolean, already?: boolean): Promise<void>;
  clear(stepId: string): Promise<void>;
  clearAll(): Promise<void>;
}

export function studentPlace(packId: string): SessionPlace {
  return {
    setCurrent: (stepId) => activePackItem.setValue(stepId === null ? null : { packId, stepId }),
    record: (stepId, status, verified, already) => recordStep(packId, stepId, status, verified, already),
    clear: (stepId) => clearStep(packId, stepId),
    clearAll: () => resetPackProgress(packId),
  };
}

export function previewPlace(preview: Preview): SessionPlace {
  return {
    setCurrent: (stepId) => previewItem.setValue(stepId === null ? null : { ...preview, stepId }),
    record: async () => undefined,
    clear: async () => undefined,
    clearAll: async () => undefined,
  };
}

/** The moves the coach makes on a console page as a step runs: all the overlay needs of a session. */
export interface Stepper {
  readonly pack: Pack;
  readonly steps: readonly LoadedStep[];
  /** The step's position, or -1 when the pack has no such step. */
  indexOf(stepId: string): number;
  /** Move from a step by `delta` (Next +1, Back -1); null at either end. */
  move(fromStepId: string, delta: number): Promise<LoadedStep | null>;
  /** The step happened (or was skipped): record it and move on; null when it was the last. */
  finish(stepId: string, status: StepProgress['status'], verified: boolean): Promise<LoadedStep | null>;
  /**
   * The console showed these steps done before the tutorial asked (a pack's `alreadyDone`): record
   * each as done, verified and already (one write per step), then move past the last of them; null
   * when that was the last step.
   */
  recordAlready(stepIds: readonly string[]): Promise<LoadedStep | null>;
  stop(): Promise<void>;
}

export interface Session extends Stepper {
  isDone(stepId: string, progress: Progress | undefined): boolean;
  /** Steps recorded (done or skipped), of them those the console showed done already, and all steps. */
  countDone(progress: Progress | undefined): { done: number; already: number; total: number };
  /** The first step not done yet (the last step, when all are). */
  nextOpenStep(progress: Progress | undefined): LoadedStep;
  /** Start or resume: the kept step if the pack still has it, else the next open one. */
  start(progress: Progress | undefined, keepStepId?: string): Promise<LoadedStep>;
  /** Mark a step done by hand (self-reported); move on only if it was the current step. */
  markDone(stepId: string, currentStepId: string | undefined): Promise<void>;
  undo(stepId: string): Promise<void>;
  /** Forget all progress; a running pack goes back to its first step. */
  reset(isRunning: boolean): Promise<void>;
}

/**
 * The runner's part of a session (`createSession` is the whole of it): the overlay module bundles
 * only the moves it makes, not the popup's and the library's (its gzip budget).
 */
export function createStepper(pack: Pack, place: SessionPlace = studentPlace(pack.id)): Stepper {
  const steps = allSteps(pack);
  const indexOf = (stepId: string) => steps.findIndex((s) => s.id === stepId);
  const goTo = async (step: LoadedStep | undefined) => {
    if (step) await place.setCurrent(step.id);
    return step ?? null;
  };
  return {
    pack,
    steps,
    indexOf,
    move: async (fromStepId, delta) => {
      const from = indexOf(fromStepId);
      return from < 0 ? null : goTo(steps[from + delta]);
    },
    finish: async (stepId, status, verified) => {
      await place.record(stepId, status, verified);
      return goTo(steps[indexOf(stepId) + 1]);
    },
    recordAlready: async (stepIds) => {
      for (const stepId of stepIds) await place.record(stepId, 'done', true, true);
      return goTo(steps[Math.max(...stepIds.map(indexOf)) + 1]);
    },
    stop: () => place.setCurrent(null),
  };
}

/**
 * The one way a learner moves through a pack, for every caller (the overlay's runner through
 * `createStepper`, the popup, the library): a pure view of the pack's steps plus actions that
 * write through `place`.
 */
export function createSession(pack: Pack, place: SessionPlace = studentPlace(pack.id)): Session {
  const stepper = createStepper(pack, place);
  const { steps, indexOf } = stepper;
  const isDone = (stepId: string, progress: Progress | undefined) => progress?.[stepId] !== undefined;
  const nextOpenStep = (progress: Progress | undefined) => steps.find((s) => !isDone(s.id, progress)) ?? steps[steps.length - 1]!;
  return {
    ...stepper,
    isDone,
    countDone: (progress) => ({ done: steps.filter((s) => isDone(s.id, progress)).length, already: steps.filter((s) => progress?.[s.id]?.already).length, total: steps.length }),
    nextOpenStep,
    start: async (progress, keepStepId) => {
      const kept = keepStepId === undefined ? undefined : steps[indexOf(keepStepId)];
      const step = kept ?? nextOpenStep(progress);
      await place.setCurrent(step.id);
      return step;
    },
    markDone: async (stepId, currentStepId) => {
      await place.record(stepId, 'done', false);
      const next = steps[indexOf(stepId) + 1];
      if (stepId === currentStepId && next) await place.setCurrent(next.id);
    },
    undo: (stepId) => place.clear(stepId),
    reset: async (isRunning) => {
      await place.clearAll();
      if (isRunning) await place.setCurrent(steps[0]!.id);
    },
  };
}
