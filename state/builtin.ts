import type { Pack } from '../packs/format/load';
import { installPack, isStoredPack, packItem } from './packs';

/**
 * Put the built-in packs into the library, or update them when the extension brings a newer
 * version (progress of steps that remain is kept). Runs when the background starts; idempotent.
 */
export async function seedBuiltinPacks(packs: readonly Pack[]): Promise<void> {
  for (const pack of packs) {
    const stored = await packItem(pack.id).getValue();
    if (isStoredPack(stored) && stored.origin.kind === 'builtin' && stored.pack.version === pack.version) continue;
    // An imported pack with a built-in's id is the student's own: leave it.
    if (isStoredPack(stored) && stored.origin.kind === 'imported') continue;
    await installPack({ pack, origin: { kind: 'builtin' } });
  }
}
