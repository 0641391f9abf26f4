import { defineStorageItem } from './storage-item';
import type { Locator } from '../packs/format/schema';
import { REPICK_KEY } from './keys';

/**
 * A draft step whose target the author re-picks on the console: asked for from a preview whose
 * step went missing, or from the draft's drift report; `picked` holds the new target until the
 * library writes it into the draft (the draft is YAML, edited there with the YAML library).
 */
export interface Repick {
  packId: string;
  stepId: string;
  stepTitle: string;
  /** The step's target as written, to keep as fallbacks. */
  oldTarget: Locator[];
  picked: { pageId: string | null; target: Locator[] } | null;
}

export const repickItem = defineStorageItem<Repick | null>(`local:${REPICK_KEY}`, { fallback: null });
