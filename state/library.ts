import { browser } from 'wxt/browser';
import { PACK_KEY_PREFIX, allSteps, currentStoredPack, listPacks, type ActivePack, type StoredPack } from './packs';
import { isStepProgress, progressKey, resetPackProgress, type StepProgress } from './progress';
import { DRIFT_KEY_PREFIX, driftByPack, type DriftEntry } from './drift';
import { ACTIVE_PACK_KEY, NOTICE_KEY_PREFIX, PREVIEW_KEY } from './keys';
import { t } from '../i18n/messages';

/** Everything the popup and the pack library show, read from storage. */
export interface Library {
  packs: StoredPack[];
  hidden: Set<string>;
  active: ActivePack | null;
  progress: Record<string, Record<string, StepProgress>>;
  /** Where each pack's steps could not be followed (the drift report), by pack id. */
  drift: Record<string, DriftEntry[]>;
  /** Things the library had to repair, said once. */
  notices: string[];
  /** Only the running pack, read first so the popup shows its checklist at once; the whole library follows. */
  partial?: true;
}

type StorageChanges = Record<string, { newValue?: unknown }>;

function isActivePack(value: unknown): value is ActivePack {
  const v = value as ActivePack | null;
  return typeof v === 'object' && v !== null && typeof v.packId === 'string' && typeof v.stepId === 'string';
}

/** Pack id and step id of a progress key, when it belongs to one of `packIds` (ids have no dots). */
function progressKeyParts(key: string, packIds: ReadonlySet<string>): { packId: string; stepId: string } | null {
  const match = /^progress\.([^.]+)\.([^.]+)$/.exec(key);
  return match && packIds.has(match[1]!) ? { packId: match[1]!, stepId: match[2]! } : null;
}

/**
 * The whole library from one read of storage (plus each pack's own read, which runs its
 * migrations). A damaged pack or a pack's damaged progress is removed (only that one) and
 * reported, so one broken entry never hides the others.
 */
export async function readLibrary(): Promise<Library> {
  const all = await browser.storage.local.get(null);
  const { packs, dropped } = await listPacks(all);
  const notices = dropped.map((id) => t('libraryPackDamaged', id));
  // What the extension did by itself (e.g. after an update): said once, then forgotten.
  const said = Object.entries(all).filter(([key, value]) => key.startsWith(NOTICE_KEY_PREFIX) && typeof value === 'string');
  notices.push(...said.map(([, value]) => value as string));
  if (said.length) await browser.storage.local.remove(said.map(([key]) => key));
  const ids = new Set(packs.map((p) => p.pack.id));
  const progress: Library['progress'] = Object.fromEntries(packs.map((p) => [p.pack.id, {}]));
  const damaged = new Set<string>();
  for (const [key, value] of Object.entries(all)) {
    const parts = progressKeyParts(key, ids);
    if (!parts) continue;
    if (isStepProgress(value)) progress[parts.packId]![parts.stepId] = value;
    else damaged.add(parts.packId);
  }
  for (const packId of damaged) {
    await resetPackProgress(packId);
    progress[packId] = {};
    const title = packs.find((p) => p.pack.id === packId)?.pack.title ?? packId;
    notices.push(t('libraryProgressDamaged', title));
  }
  const hidden = new Set(packs.map((p) => p.pack.id).filter((id) => all[`hidden.${id}`] === true));
  const stored = all[ACTIVE_PACK_KEY];
  const active = isActivePack(stored) ? stored : null;
  // Drift of packs no longer installed (removed by an older version, or a draft's): nobody can see or clear it.
  const orphanDrift = Object.keys(all).filter((key) => key.startsWith(DRIFT_KEY_PREFIX) && !ids.has(key.slice(DRIFT_KEY_PREFIX.length).split('.')[0]!));
  if (orphanDrift.length) await browser.storage.local.remove(orphanDrift);
  const drift = driftByPack(Object.fromEntries(Object.entries(all).filter(([key]) => !orphanDrift.includes(key))));
  return { packs, hidden, active, progress, drift, notices };
}

/**
 * The running pack and its progress only, in two small reads (the keys follow from the pack's
 * step ids), for the popup to show the checklist before the whole library is read: reading all of
 * storage takes tens of milliseconds once a few packs are installed. Null when no pack runs or
 * what is stored needs the full read (a pack to migrate or repair).
 */
export async function readActivePack(): Promise<Library | null> {
  const area = browser.storage.local;
  const first = await area.get(ACTIVE_PACK_KEY);
  const active = first[ACTIVE_PACK_KEY];
  if (!isActivePack(active)) return null;
  const packKey = `${PACK_KEY_PREFIX}${active.packId}`;
  const head = await area.get([packKey, `${packKey}$`, `hidden.${active.packId}`]);
  const stored = currentStoredPack(head, active.packId);
  if (!stored) return null;
  const stepIds = allSteps(stored.pack).map((step) => step.id);
  const values = await area.get(stepIds.map((stepId) => progressKey(active.packId, stepId)));
  const progress: Record<string, StepProgress> = {};
  for (const stepId of stepIds) {
    const value = values[progressKey(active.packId, stepId)];
    if (value === undefined) continue;
    if (!isStepProgress(value)) return null;
    progress[stepId] = value;
  }
  const hidden = new Set(head[`hidden.${active.packId}`] === true ? [active.packId] : []);
  return { packs: [stored], hidden, active, progress: { [active.packId]: progress }, drift: {}, notices: [], partial: true };
}

/**
 * The library after a storage change, worked out from the change alone when it only touches
 * progress, hidden flags or the active step (the common case: a step done). Returns null when the
 * library has to be read again (a pack was installed or removed, or a value looks damaged).
 * Re-reading everything on each step made two popups recording 300 steps take minutes.
 */
export function applyLibraryChanges(library: Library, changes: StorageChanges): Library | null {
  const ids = new Set(library.packs.map((p) => p.pack.id));
  let { active, hidden, progress } = library;
  for (const [key, { newValue }] of Object.entries(changes)) {
    // WXT's version records travel with their values and say nothing new.
    // Settings, the author's draft, picker and preview, and the update re-check's record are not library data.
    if (key.endsWith('$') || key.startsWith('settings.') || key.startsWith('author.') || key.startsWith('recheck.') || key === PREVIEW_KEY) continue;
    // A notice being removed once said changes nothing shown.
    if (key.startsWith(NOTICE_KEY_PREFIX) && newValue === undefined) continue;
    if (key === ACTIVE_PACK_KEY) {
      if (newValue !== undefined && newValue !== null && !isActivePack(newValue)) return null;
      active = (newValue as ActivePack | null | undefined) ?? null;
      continue;
    }
    const hiddenId = /^hidden\.([^.]+)$/.exec(key)?.[1];
    if (hiddenId !== undefined) {
      hidden = new Set(hidden);
      if (newValue === true) hidden.add(hiddenId);
      else hidden.delete(hiddenId);
      continue;
    }
    if (key.startsWith('progress.')) {
      const parts = progressKeyParts(key, ids);
      // Progress of a pack not in the library is none of the library's business.
      if (!parts) continue;
      // A removed key has no newValue (null in some test doubles).
      const removed = newValue === undefined || newValue === null;
      if (!removed && !isStepProgress(newValue)) return null;
      const entries = { ...progress[parts.packId] };
      if (removed) delete entries[parts.stepId];
      else entries[parts.stepId] = newValue as StepProgress;
      progress = { ...progress, [parts.packId]: entries };
      continue;
    }
    return null;
  }
  // What the library said stays on screen until the next full read: a notice must not vanish while it is read.
  return { ...library, active, hidden, progress };
}
