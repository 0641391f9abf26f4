import { storage } from 'wxt/utils/storage';

/**
 * What happened to one step. Written as one key per pack + step, so two tabs completing different
 * steps at once never overwrite each other (no read-modify-write of a shared object).
 */
export interface StepProgress {
  status: 'done' | 'skipped';
  /** ISO time it was recorded. */
  at: string;
  /** True when the extension saw the step happen; false when the student said so. */
  verified: boolean;
}

export const progressKey = (packId: string, stepId: string) => `progress.${packId}.${stepId}` as const;

export const progressItem = (packId: string, stepId: string) =>
  storage.defineItem<StepProgress | null>(`local:${progressKey(packId, stepId)}`, { fallback: null });

export async function recordStep(packId: string, stepId: string, status: StepProgress['status'], verified: boolean): Promise<void> {
  await progressItem(packId, stepId).setValue({ status, at: new Date().toISOString(), verified });
}
