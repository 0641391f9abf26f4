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
/** Distinct places kept at most across all packs (several broken packs must not fill it either). */
export const MAX_DRIFT_ENTRIES = 500;
/** Bytes of one entry as JSON (UTF-8), at most: 500 entries stay near 1 MB of the 10 MB storage. */
export const MAX_DRIFT_ENTRY_BYTES = 2048;
/** How a pack's text in an entry is shortened, gentlest first, until the entry fits (the pack has the rest). */
const SHORTENINGS = [[3, 80], [1, 80], [1, 32]] as const;

/** Every string cut to `chars`, every list (locators, names, pages) to `items`, recursively. */
function shrink<T>(value: T, items: number, chars: number): T {
  if (typeof value === 'string') return (value.length > chars ? `${value.slice(0, chars - 1)}…` : value) as T;
  if (Array.isArray(value)) return value.slice(0, items).map((v: unknown) => shrink(v, items, chars)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shrink(v, items, chars)])) as T;
  return value;
}

/** What an entry costs in storage: its JSON, in UTF-8 bytes. */
export const entryBytes = (entry: unknown) => new TextEncoder().encode(JSON.stringify(entry)).length;

/**
 * A sighting cut down to at most MAX_DRIFT_ENTRY_BYTES as a stored entry: a pack's target may hold
 * 8 locators of 12 names of 400 characters (~80 KB); the report needs enough to recognise it.
 */
export function boundedSighting({ locators, ...rest }: DriftSighting): DriftSighting {
  // Ids are at most 64 characters; at most 8 pages; the masked address at most 300.
  const base: DriftSighting = { ...shrink(rest, 8, 64), where: shrink(rest.where, 0, 300), locators: null };
  // Room for the counters and times the stored entry adds.
  const fits = (candidate: DriftSighting) => entryBytes(candidate) + 120 <= MAX_DRIFT_ENTRY_BYTES;
  for (const [items, chars] of SHORTENINGS) {
    for (let n = Math.min(locators?.length ?? 0, 3); n > 0; n--) {
      const candidate = { ...base, locators: shrink(locators!.slice(0, n), items, chars) };
      if (fits(candidate)) return candidate;
    }
  }
  return { ...base, locators: locators ? [] : null };
}

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
  if (!isDriftEntry(existing)) {
    const driftKeys = Object.keys(all).filter((k) => k.startsWith(DRIFT_KEY_PREFIX));
    if (driftKeys.length >= MAX_DRIFT_ENTRIES) return;
    if (driftKeys.filter((k) => k.startsWith(`${DRIFT_KEY_PREFIX}${sighting.packId}.`)).length >= MAX_DRIFT_ENTRIES_PER_PACK) return;
  }
  const at = now.toISOString();
  const entry: DriftEntry = isDriftEntry(existing) ? { ...existing, count: existing.count + 1, lastSeen: at } : { ...boundedSighting(sighting), count: 1, firstSeen: at, lastSeen: at };
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
