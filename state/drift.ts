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
const SHORTENINGS = [
  { names: 3, chars: 80 },
  { names: 1, chars: 80 },
  { names: 1, chars: 32 },
] as const;
type Shortening = (typeof SHORTENINGS)[number];
const MAX_LOCATORS = 3;
const MAX_PAGES = 8;

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function shortenLocator(locator: Locator, { names, chars }: Shortening): Locator {
  const short = <T extends string | string[]>(value: T): T => (Array.isArray(value) ? value.slice(0, names).map((n) => shorten(n, chars)) : shorten(value, chars)) as T;
  const result: Locator = {};
  if (locator.role !== undefined) result.role = locator.role;
  if (locator.name !== undefined) result.name = short(locator.name);
  if (locator.label !== undefined) result.label = short(locator.label);
  if (locator.testId !== undefined) result.testId = short(locator.testId);
  if (locator.text !== undefined) result.text = short(locator.text);
  if (locator.css !== undefined) result.css = short(locator.css);
  if (locator.within?.heading !== undefined) result.within = { heading: short(locator.within.heading) };
  else if (locator.within?.modal) result.within = { modal: true };
  return result;
}

/** What an entry costs in storage: its JSON, in UTF-8 bytes. */
export const entryBytes = (entry: unknown) => new TextEncoder().encode(JSON.stringify(entry)).length;

/**
 * A sighting cut down to at most MAX_DRIFT_ENTRY_BYTES as a stored entry: a pack's target may hold
 * 8 locators of 12 names of 400 characters (~80 KB); the report needs enough to recognise it.
 */
export function boundedSighting(sighting: DriftSighting): DriftSighting {
  const base: DriftSighting = {
    ...sighting,
    packVersion: shorten(sighting.packVersion, 64),
    stepId: shorten(sighting.stepId, 64),
    expectedPage: sighting.expectedPage === null ? null : shorten(sighting.expectedPage, 64),
    detectedPages: sighting.detectedPages.slice(0, MAX_PAGES).map((id) => shorten(id, 64)),
    where: shorten(sighting.where, 300),
    locators: null,
  };
  // Room for the counters and times the stored entry adds.
  const fits = (candidate: DriftSighting) => entryBytes(candidate) + 120 <= MAX_DRIFT_ENTRY_BYTES;
  const locators = sighting.locators?.slice(0, MAX_LOCATORS) ?? null;
  if (!locators) return base;
  for (const shortening of SHORTENINGS) {
    for (let n = locators.length; n > 0; n--) {
      const candidate = { ...base, locators: locators.slice(0, n).map((l) => shortenLocator(l, shortening)) };
      if (fits(candidate)) return candidate;
    }
  }
  return { ...base, locators: [] };
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
