import { z } from 'zod';
import { browser } from 'wxt/browser';
import { isStepProgress, progressKey, type StepProgress } from './progress';
import { guardQuota } from './quota';
import { oversizeMessage, type PickedFile } from './file-size';
import { t } from '../i18n/messages';

/**
 * The progress file students export and import: pack ids, step ids, times, verified flags and
 * whether the console showed a step done already.
 * Nothing from the page is in it.
 */
const StepProgressSchema = z.strictObject({ status: z.enum(['done', 'skipped']), at: z.iso.datetime(), verified: z.boolean(), already: z.boolean().optional() });
const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(64);
export const ProgressFileSchema = z.strictObject({
  format: z.literal('console-coach-progress'),
  version: z.literal(1),
  exportedAt: z.iso.datetime(),
  packs: z.record(Id, z.record(Id, StepProgressSchema)),
});
export type ProgressFile = z.infer<typeof ProgressFileSchema>;

export async function exportProgress(): Promise<ProgressFile> {
  const all = await browser.storage.local.get(null);
  const packs: Record<string, Record<string, StepProgress>> = {};
  for (const [key, value] of Object.entries(all)) {
    const match = /^progress\.([a-z0-9-]+)\.([a-z0-9-]+)$/.exec(key);
    if (!match || !isStepProgress(value)) continue;
    const [, packId, stepId] = match as unknown as [string, string, string];
    (packs[packId] ??= {})[stepId] = { status: value.status, at: value.at, verified: value.verified, ...(value.already ? { already: true } : {}) };
  }
  return { format: 'console-coach-progress', version: 1, exportedAt: new Date().toISOString(), packs };
}

export type ProgressImport = { ok: true; packs: number; steps: number } | { ok: false; message: string };

/** Largest progress file accepted: a full 300-step pack takes ~40 KB, so this holds dozens of them. */
export const MAX_PROGRESS_FILE_BYTES = 1024 * 1024;

/** Restore progress from a picked file, refusing one over the limit before reading it whole. */
export async function importProgressFile(file: PickedFile): Promise<ProgressImport> {
  const tooBig = oversizeMessage(file, MAX_PROGRESS_FILE_BYTES, 'progress');
  if (tooBig) return { ok: false, message: t('progressNotChanged', tooBig) };
  return importProgress(await file.text());
}

/** Restore progress from an exported file; a file that is not one changes nothing. */
export async function importProgress(text: string): Promise<ProgressImport> {
  // Characters, not bytes: a cheap bound before parsing text that came some other way than a file.
  if (text.length > MAX_PROGRESS_FILE_BYTES) return { ok: false, message: t('progressTooBigText') };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: t('progressNotJson') };
  }
  const parsed = ProgressFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, message: t('progressNotProgressFile', issue.path.join('.') || 'file', issue.message) };
  }
  const entries = Object.entries(parsed.data.packs).flatMap(([packId, steps]) =>
    Object.entries(steps).map(([stepId, progress]) => [progressKey(packId, stepId), progress] as const),
  );
  await guardQuota(() => browser.storage.local.set(Object.fromEntries(entries)));
  return { ok: true, packs: Object.keys(parsed.data.packs).length, steps: entries.length };
}
