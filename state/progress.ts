import { browser } from 'wxt/browser';
import { defineStorageItem } from './storage-item';
import { guardQuota } from './quota';

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
  /** The console showed it was done before this tutorial asked (a pack's `alreadyDone`). */
  already?: boolean;
}

export const progressKeyPrefix = (packId: string) => `progress.${packId}.`;
export const progressKey = (packId: string, stepId: string) => `${progressKeyPrefix(packId)}${stepId}`;

export const progressItem = (packId: string, stepId: string) =>
  defineStorageItem<StepProgress | null>(`local:${progressKey(packId, stepId)}`, { fallback: null, version: 1 });

export function isStepProgress(value: unknown): value is StepProgress {
  const v = value as StepProgress | null;
  return typeof v === 'object' && v !== null && (v.status === 'done' || v.status === 'skipped') && typeof v.at === 'string' && !Number.isNaN(Date.parse(v.at)) && typeof v.verified === 'boolean' && (v.already === undefined || typeof v.already === 'boolean');
}

/** Idempotent: recording the same step twice leaves one entry. `already`: done before the tutorial asked. */
export async function recordStep(packId: string, stepId: string, status: StepProgress['status'], verified: boolean, already = false): Promise<void> {
  const entry: StepProgress = { status, at: new Date().toISOString(), verified };
  if (already) entry.already = true;
  await guardQuota(() => progressItem(packId, stepId).setValue(entry));
}

export async function clearStep(packId: string, stepId: string): Promise<void> {
  await progressItem(packId, stepId).removeValue();
}

export async function resetPackProgress(packId: string): Promise<void> {
  const all = await browser.storage.local.get(null);
  const keys = Object.keys(all).filter((key) => key.startsWith(progressKeyPrefix(packId)));
  if (keys.length) await browser.storage.local.remove(keys);
}

/**
 * A pack's progress, step id → progress. If any entry is corrupt, that pack's progress is reset
 * (only that pack's): a half-trusted checklist is worse than starting over.
 */
export async function readPackProgress(packId: string): Promise<{ progress: Record<string, StepProgress>; reset: boolean }> {
  const all = await browser.storage.local.get(null);
  const prefix = progressKeyPrefix(packId);
  const entries = Object.entries(all).filter(([key]) => key.startsWith(prefix) && !key.endsWith('$'));
  if (entries.some(([, value]) => !isStepProgress(value))) {
    await resetPackProgress(packId);
    return { progress: {}, reset: true };
  }
  return { progress: Object.fromEntries(entries.map(([key, value]) => [key.slice(prefix.length), value as StepProgress])), reset: false };
}
