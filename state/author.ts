import { defineStorageItem } from './storage-item';
import type { Pack } from '../packs/format/load';
import { AUTHOR_DRAFT_KEY, AUTHOR_MODE_KEY, PREVIEW_KEY } from './keys';

/** Author mode: console tabs show the element picker instead of the tutorial. */
export const authorModeItem = defineStorageItem<boolean>(`local:${AUTHOR_MODE_KEY}`, { fallback: false });

/**
 * A draft pack running in the console for its author: validated in the pack library, never
 * installed, and it records no progress. While it runs it takes the place of the student's tutorial.
 */
export interface Preview {
  pack: Pack;
  stepId: string;
}

/** The draft in the library's editor, kept as typed so closing the page loses nothing. */
export const draftSourceItem = defineStorageItem<string>(`local:${AUTHOR_DRAFT_KEY}`, { fallback: '' });

export const previewItem = defineStorageItem<Preview | null>(`local:${PREVIEW_KEY}`, { fallback: null });

/** The draft a recording replaced (the author did not ask to append to it): kept so it can be brought back. */
export const previousDraftItem = defineStorageItem<string | null>(`local:${AUTHOR_DRAFT_KEY}.previous`, { fallback: null });
