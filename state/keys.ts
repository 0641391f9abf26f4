/**
 * Storage keys the content script's loader reads directly (without WXT storage, to stay small).
 * The storage items in `packs.ts` and `settings.ts` are defined on the same keys.
 */
export const ACTIVE_PACK_KEY = 'activePack';
export const OVERLAY_ENABLED_KEY = 'settings.overlayEnabled';
export const AUTHOR_MODE_KEY = 'author.picking';
export const PREVIEW_KEY = 'preview';
