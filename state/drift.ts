import { browser } from 'wxt/browser';
import type { Locator } from '../packs/format/schema';
import { guardQuota } from './quota';

/**
 * The drift report: where a pack's step could not be followed on the real console (its target was
 * not found, or its page did not look as the catalogue expects), counted per occurrence, so an
 * instructor can collect reports from students and fix the pack. Holds pack data, page ids and a
 * masked console address only: never page text, never input values.
 */
export interface DriftEntry {
  packId: string;
  packVersion: string;
  stepId: string;
  kind: 'target-not-found' | 'page-not-recognised';
  /** The step's target as the pack wrote it. */
  locators: Locator[] | null;
  /** The page the step expects, and the pages the extension recognised instead. */
  expectedPage: string | null;
  detectedPages: string[];
  /** `console:/iam/home#/users/details/*`: host kind, path and hash route, ids masked, no query. */
  where: string;
  count: number;
  firstSeen: string;
  lastSeen: string;
}

export type DriftSighting = Omit<DriftEntry, 'count' | 'firstSeen' | 'lastSeen'>;

export const DRIFT_KEY_PREFIX = 'drift.';
/** Distinct places per pack kept at most: a broken pack must not fill the storage. */
export const MAX_DRIFT_ENTRIES_PER_PACK = 200;

/** A short stable digest (FNV-1a) of what makes two sightings the same place. */
function digest(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

export const driftKey = (s: Pick<DriftSighting, 'packId' | 'packVersion' | 'stepId' | 'kind' | 'where'>) =>
  `${DRIFT_KEY_PREFIX}${s.packId}.${digest([s.packVersion, s.stepId, s.kind, s.where].join('\n'))}`;

export function isDriftEntry(value: unknown): value is DriftEntry {
  const v = value as DriftEntry | null;
  return typeof v === 'object' && v !== null && typeof v.packId === 'string' && typeof v.stepId === 'string' && typeof v.where === 'string' && Number.isInteger(v.count) && v.count > 0;
}

/** Count one more sighting (one key per place, so reports from different steps never collide). */
export async function recordDrift(sighting: DriftSighting, now = new Date()): Promise<void> {
  const key = driftKey(sighting);
  const all = await browser.storage.local.get(null);
  const existing = all[key];
  if (!isDriftEntry(existing) && Object.keys(all).filter((k) => k.startsWith(`${DRIFT_KEY_PREFIX}${sighting.packId}.`)).length >= MAX_DRIFT_ENTRIES_PER_PACK) return;
  const at = now.toISOString();
  const entry: DriftEntry = isDriftEntry(existing) ? { ...existing, count: existing.count + 1, lastSeen: at } : { ...sighting, count: 1, firstSeen: at, lastSeen: at };
  await guardQuota(() => browser.storage.local.set({ [key]: entry }));
}

/** Every pack's drift entries, most frequent first, from a read of the whole storage. */
export function driftByPack(all: Record<string, unknown>): Record<string, DriftEntry[]> {
  const byPack: Record<string, DriftEntry[]> = {};
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(DRIFT_KEY_PREFIX) || !isDriftEntry(value)) continue;
    (byPack[value.packId] ??= []).push(value);
  }
  for (const entries of Object.values(byPack)) entries.sort((a, b) => b.count - a.count || b.lastSeen.localeCompare(a.lastSeen));
  return byPack;
}

export async function clearDrift(packId?: string): Promise<void> {
  const all = await browser.storage.local.get(null);
  const keys = Object.keys(all).filter((k) => k.startsWith(packId ? `${DRIFT_KEY_PREFIX}${packId}.` : DRIFT_KEY_PREFIX));
  if (keys.length) await browser.storage.local.remove(keys);
}

/** The file an instructor collects: the entries and nothing else about the student or the account. */
export function driftReportFile(entries: DriftEntry[], now = new Date()) {
  return { format: 'console-coach-drift-report', version: 1, exportedAt: now.toISOString(), entries };
}
