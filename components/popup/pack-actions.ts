import type { Pack } from '../../packs/format/load';
import { activePackItem, allSteps } from '../../state/packs';
import { clearStep, recordStep, resetPackProgress, type StepProgress } from '../../state/progress';
import { resumeInConsole } from '../console-tab';

/** The first step not done yet (or the last step, when all are). */
export function nextOpenStep(pack: Pack, progress: Record<string, StepProgress> | undefined) {
  const steps = allSteps(pack);
  return steps.find((s) => !progress?.[s.id]) ?? steps[steps.length - 1]!;
}

/** Start or resume a pack: make it active at its next open step and bring the console forward. */
export async function startPack(pack: Pack, progress: Record<string, StepProgress> | undefined, keepStep?: string): Promise<void> {
  const step = keepStep ? allSteps(pack).find((s) => s.id === keepStep) : nextOpenStep(pack, progress);
  const target = step ?? nextOpenStep(pack, progress);
  await activePackItem.setValue({ packId: pack.id, stepId: target.id });
  await resumeInConsole(target, pack);
}

export async function resetPack(pack: Pack, isActive: boolean): Promise<void> {
  await resetPackProgress(pack.id);
  if (isActive) await activePackItem.setValue({ packId: pack.id, stepId: allSteps(pack)[0]!.id });
}

/** Mark a step done by hand (self-reported); if it was the current step, move on. */
export async function markDone(pack: Pack, stepId: string, currentStepId: string | undefined): Promise<void> {
  await recordStep(pack.id, stepId, 'done', false);
  if (stepId !== currentStepId) return;
  const steps = allSteps(pack);
  const next = steps[steps.findIndex((s) => s.id === stepId) + 1];
  if (next) await activePackItem.setValue({ packId: pack.id, stepId: next.id });
}

export async function undoStep(pack: Pack, stepId: string): Promise<void> {
  await clearStep(pack.id, stepId);
}
