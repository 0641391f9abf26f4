/**
 * Storage keys read outside their storage items: the content script's loader reads some directly
 * (without WXT storage, to stay small) and the library's change handling tells them apart. The
 * items in `packs.ts`, `settings.ts` and `author.ts` are defined on the same keys.
 */
export const ACTIVE_PACK_KEY = 'activePack';
export const OVERLAY_ENABLED_KEY = 'settings.overlayEnabled';
export const AUTHOR_MODE_KEY = 'author.picking';
export const PREVIEW_KEY = 'preview';
export const AUTHOR_DRAFT_KEY = 'author.draft';
/** Notices the library shows once (then removes): what the extension did to the library by itself. */
export const NOTICE_KEY_PREFIX = 'notice.';
/** The secret that marks our overlay hosts (overlay/host-mark.ts); pages cannot read extension storage. */
export const HOST_SECRET_KEY = 'overlay.hostSecret';
/** The manifest command (wxt.config.ts) that turns author mode on and off (state/author-shortcut.ts). */
export const AUTHOR_MODE_COMMAND = 'toggle-author-mode';
/** A tutorial being recorded in author mode (state/recording.ts): read by the loader to start the recorder on every console page. */
export const RECORDING_KEY = 'author.recording';
/** A step whose target the author is re-picking on the console, and the picked result (state/repick.ts). */
export const REPICK_KEY = 'author.repick';
