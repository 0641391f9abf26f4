import { storage } from 'wxt/utils/storage';
import type { Pack } from '../packs/format/load';

/** A pack in the library: validated where it entered (import or build), stored with where it came from. */
export interface StoredPack {
  pack: Pack;
  builtin: boolean;
  installedAt: string;
  /** The pack's source text as imported, for review and export (imported packs only). */
  source?: string;
}

/** One key per pack, so installing one never rewrites another. */
export const packItem = (packId: string) => storage.defineItem<StoredPack | null>(`local:pack.${packId}`, { fallback: null });

/** Which pack is running and which step the student is on. */
export interface ActivePack {
  packId: string;
  stepId: string;
}

export const activePackItem = storage.defineItem<ActivePack | null>('local:activePack', { fallback: null, version: 1 });

export function allSteps(pack: Pack) {
  return pack.sections.flatMap((section) => section.steps);
}
