import { browser } from 'wxt/browser';
import { ACTIVE_PACK_KEY, AUTHOR_MODE_KEY, OVERLAY_ENABLED_KEY, PREVIEW_KEY } from '../state/keys';
import { showIdlePill } from './idle-pill';
import { safeUnwatch } from '../state/safe-unwatch';

/** What the overlay module (`overlay/module.tsx`) exports. */
export interface OverlayModule {
  startOverlay(container: HTMLElement, signal: AbortSignal, options: { dockOpen: boolean }): void;
}

/** Where the build puts the overlay module (see `scripts/build-overlay-module.ts`). */
export const OVERLAY_MODULE_PATH = '/content-scripts/overlay.js';

export function importOverlayModule(): Promise<OverlayModule> {
  // WXT types getURL's argument as the files it built itself; this one comes from our own build.
  const url = browser.runtime.getURL(OVERLAY_MODULE_PATH as '/content-scripts/console.js');
  // The address is the extension's own packaged file (a constant path), never page or pack data.
  // eslint-disable-next-line no-unsanitized/method -- see above
  return import(/* @vite-ignore */ url) as Promise<OverlayModule>;
}

/**
 * The content script proper: while no tutorial runs, only the idle pill is on the page; the
 * overlay (Preact, positioning, the step runner) is loaded when a tutorial starts or the student
 * opens the coach. Once loaded, the overlay follows storage by itself.
 */
export function startLoader(container: HTMLElement, signal: AbortSignal, load: () => Promise<OverlayModule> = importOverlayModule): void {
  let loaded = false;
  let removePill: (() => void) | null = null;

  const loadOverlay = (dockOpen: boolean) => {
    if (loaded || signal.aborted) return;
    loaded = true;
    removePill?.();
    removePill = null;
    load().then(
      (module) => signal.aborted || module.startOverlay(container, signal, { dockOpen }),
      () => showLoadFailure(container),
    );
  };

  const follow = (values: Record<string, unknown>) => {
    if (loaded || signal.aborted) return;
    const enabled = values[OVERLAY_ENABLED_KEY] !== false;
    // An author's picker or preview shows even while the student hid the coach.
    if (values[AUTHOR_MODE_KEY] === true || values[PREVIEW_KEY]) return loadOverlay(false);
    if (enabled && values[ACTIVE_PACK_KEY]) return loadOverlay(false);
    if (enabled && !removePill) removePill = showIdlePill(container, () => loadOverlay(true));
    if (!enabled && removePill) {
      removePill();
      removePill = null;
    }
  };

  const keys = [OVERLAY_ENABLED_KEY, ACTIVE_PACK_KEY, AUTHOR_MODE_KEY, PREVIEW_KEY];
  const read = () => void browser.storage.local.get(keys).then(follow, () => undefined);
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && keys.some((key) => key in changes)) read();
  };
  read();
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => safeUnwatch(() => browser.storage.onChanged.removeListener(onChanged)), { once: true });
}

/** The overlay file could not be loaded (a broken install): say so instead of doing nothing. */
function showLoadFailure(container: HTMLElement) {
  const note = container.ownerDocument.createElement('p');
  note.className = 'cc-dock';
  note.setAttribute('role', 'status');
  note.dataset.cc = 'dock';
  note.textContent = 'Console Coach could not start on this page. Reload the page; if this keeps happening, reinstall the extension.';
  container.append(note);
}
