import { browser } from 'wxt/browser';
import { defineStorageItem } from './storage-item';
import type { Pack } from '../packs/format/load';
import { progressKeyPrefix } from './progress';
import { guardQuota } from './quota';
import { ACTIVE_PACK_KEY } from './keys';
import { DRIFT_KEY_PREFIX } from './drift';

/** Where a pack in the library came from. */
export type PackOrigin =
  | { kind: 'builtin' }
  | { kind: 'imported'; fileName: string; installedAt: string; /** The text as imported, for review and export. */ source: string };

/** A pack in the library, validated where it entered (import, or the build for built-ins). */
export interface StoredPack {
  pack: Pack;
  origin: PackOrigin;
}

/** The first stored form (before the library knew file names). */
interface StoredPackV1 {
  pack: Pack;
  builtin: boolean;
  installedAt: string;
  source?: string;
}

export function migrateStoredPackV1(old: StoredPackV1 | StoredPack): StoredPack {
  if ('origin' in old) return old;
  return {
    pack: old.pack,
    origin: old.builtin ? { kind: 'builtin' } : { kind: 'imported', fileName: `${old.pack.id}.yaml`, installedAt: old.installedAt, source: old.source ?? '' },
  };
}

export const PACK_KEY_PREFIX = 'pack.';
/** The stored form's version (state/storage-item.ts migrates older ones). */
const PACK_VERSION = 2;

/** One key per pack, so installing one never rewrites another. */
export const packItem = (packId: string) =>
  defineStorageItem<StoredPack | null>(`local:${PACK_KEY_PREFIX}${packId}`, {
    fallback: null,
    version: PACK_VERSION,
    migrations: { 2: (old: StoredPackV1 | StoredPack) => migrateStoredPackV1(old) },
  });

/** A value read back from storage is only trusted once its shape is checked. */
export function isStoredPack(value: unknown): value is StoredPack {
  const v = value as StoredPack | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.pack?.id === 'string' &&
    typeof v.pack.title === 'string' &&
    Array.isArray(v.pack.sections) &&
    v.pack.sections.every((s) => Array.isArray(s?.steps) && s.steps.every((step) => typeof step?.id === 'string')) &&
    (v.origin?.kind === 'builtin' || v.origin?.kind === 'imported')
  );
}

/** The pack `packId` in a read of storage, when it is stored in today's form; null when missing, older or damaged. */
export function currentStoredPack(values: Record<string, unknown>, packId: string): StoredPack | null {
  const key = `${PACK_KEY_PREFIX}${packId}`;
  const value = values[key];
  const version = (values[`${key}$`] as { v?: unknown } | undefined)?.v;
  return version === PACK_VERSION && isStoredPack(value) && value.pack.id === packId ? value : null;
}

/** Which pack is running and which step the student is on. */
export interface ActivePack {
  packId: string;
  stepId: string;
}

export const activePackItem = defineStorageItem<ActivePack | null>(`local:${ACTIVE_PACK_KEY}`, { fallback: null, version: 1 });

/** Built-in packs the student hid from the library (they cannot be deleted). */
export const hiddenPackItem = (packId: string) => defineStorageItem<boolean>(`local:hidden.${packId}`, { fallback: false });

export function allSteps(pack: Pack) {
  return pack.sections.flatMap((section) => section.steps);
}

/**
 * Every pack in the library (from `snapshot`, a read of all storage, when the caller has one). A
 * stored pack that is corrupt is removed, with its progress, and
 * reported: one broken entry never hides the others.
 */
export async function listPacks(snapshot?: Record<string, unknown>): Promise<{ packs: StoredPack[]; dropped: string[] }> {
  const all: Record<string, unknown> = snapshot ?? (await browser.storage.local.get(null));
  const ids = Object.keys(all)
    .filter((key) => key.startsWith(PACK_KEY_PREFIX) && !key.endsWith('$'))
    .map((key) => key.slice(PACK_KEY_PREFIX.length));
  const packs: StoredPack[] = [];
  const dropped: string[] = [];
  for (const id of ids) {
    // The one read's value when it is in today's form; an older one is read through its storage
    // item, which migrates it (and a damaged one is read again, to be dropped).
    const value = currentStoredPack(all, id) ?? (await packItem(id).getValue().catch(() => null));
    if (isStoredPack(value) && value.pack.id === id) packs.push(value);
    else {
      dropped.push(id);
      await removePack(id);
    }
  }
  packs.sort((a, b) => Number(b.origin.kind === 'builtin') - Number(a.origin.kind === 'builtin') || a.pack.title.localeCompare(b.pack.title));
  return { packs, dropped };
}

/**
 * Install a pack, or a newer version over an installed one: progress of steps whose ids remain
 * is kept; progress of steps the new version dropped is removed.
 */
export async function installPack(stored: StoredPack): Promise<void> {
  const keep = new Set(allSteps(stored.pack).map((s) => s.id));
  const key = `${PACK_KEY_PREFIX}${stored.pack.id}`;
  // One write for the value and its version record (state/storage-item.ts), so a full storage leaves no trace of either.
  await guardQuota(() => browser.storage.local.set({ [key]: stored, [`${key}$`]: { v: PACK_VERSION } }));
  const all = await browser.storage.local.get(null);
  const prefix = progressKeyPrefix(stored.pack.id);
  const stale = Object.keys(all).filter((key) => key.startsWith(prefix) && !keep.has(key.slice(prefix.length)));
  if (stale.length) await browser.storage.local.remove(stale);
}

/** Remove a pack, its progress and its drift report, and make it inactive if it was running. */
export async function removePack(packId: string): Promise<void> {
  const all = await browser.storage.local.get(null);
  const owned = [progressKeyPrefix(packId), `${DRIFT_KEY_PREFIX}${packId}.`];
  const keys = Object.keys(all).filter((key) => key === `${PACK_KEY_PREFIX}${packId}` || key === `${PACK_KEY_PREFIX}${packId}$` || owned.some((prefix) => key.startsWith(prefix)));
  if (keys.length) await browser.storage.local.remove(keys);
  if ((await activePackItem.getValue())?.packId === packId) await activePackItem.setValue(null);
}
