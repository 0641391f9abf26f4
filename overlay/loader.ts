import { browser } from 'wxt/browser';
import { ACTIVE_PACK_KEY, AUTHOR_MODE_KEY, OVERLAY_ENABLED_KEY, PREVIEW_KEY, RECORDING_KEY } from '../state/keys';
import { showIdlePill } from './idle-pill';
import { safeUnwatch } from '../state/safe-unwatch';

/** What the overlay module (`overlay/module.tsx`) exports. */
export interface OverlayModule {
  startOverlay(container: HTMLElement, signal: AbortSignal, options: { dockOpen: boolean }): void;
}

/** What the author module (`overlay/author-module.tsx`) exports. */
export interface AuthorModule {
  startAuthorMode(container: HTMLElement, signal: AbortSignal): void;
}

/** Where the build puts the two modules the content script loads on demand (`scripts/build-overlay-module.ts`). */
export const OVERLAY_MODULE_PATH = '/content-scripts/overlay.js';
export const AUTHOR_MODULE_PATH = '/content-scripts/author.js';
/** Both are web-accessible on console pages only (wxt.config.ts). */
export const ON_DEMAND_MODULES = [OVERLAY_MODULE_PATH, AUTHOR_MODULE_PATH] as const;

function importExtensionModule<T>(path: (typeof ON_DEMAND_MODULES)[number]): Promise<T> {
  // WXT types getURL's argument as the files it built itself; these come from our own build.
  const url = browser.runtime.getURL(path as '/content-scripts/console.js');
  // The address is the extension's own packaged file (a constant path), never page or pack data.
  // Imported here, by the content script, not by the overlay module: under Chrome's
  // use_dynamic_url a module's own imports would resolve against an address pages may not load.
  // eslint-disable-next-line no-unsanitized/method -- see above
  return import(/* @vite-ignore */ url) as Promise<T>;
}

export interface ModuleLoaders {
  overlay: () => Promise<OverlayModule>;
  author: () => Promise<AuthorModule>;
}

const EXTENSION_MODULES: ModuleLoaders = {
  overlay: () => importExtensionModule<OverlayModule>(OVERLAY_MODULE_PATH),
  author: () => importExtensionModule<AuthorModule>(AUTHOR_MODULE_PATH),
};

/**
 * The content script proper: while no tutorial runs, only the idle pill is on the page; the
 * overlay (Preact, positioning, the step runner) is loaded when a tutorial starts or the student
 * opens the coach, and the author's tools when author mode is first turned on or a recording starts. Once loaded, each
 * follows storage by itself.
 */
export function startLoader(container: HTMLElement, signal: AbortSignal, loaders: Partial<ModuleLoaders> = {}): void {
  const { overlay: loadOverlayModule, author: loadAuthorModule } = { ...EXTENSION_MODULES, ...loaders };
  let overlayLoaded = false;
  let authorLoaded = false;
  let removePill: (() => void) | null = null;
  const hidePill = () => {
    removePill?.();
    removePill = null;
  };

  const loadOverlay = (dockOpen: boolean) => {
    if (overlayLoaded || signal.aborted) return;
    overlayLoaded = true;
    hidePill();
    loadOverlayModule().then(
      (module) => signal.aborted || module.startOverlay(container, signal, { dockOpen }),
      () => showLoadFailure(container),
    );
  };

  const loadAuthor = () => {
    if (authorLoaded || signal.aborted) return;
    authorLoaded = true;
    // Its own element, after the overlay's: the picker's pointer catcher lies on top of everything.
    const authorContainer = container.ownerDocument.createElement('div');
    loadAuthorModule().then(
      (module) => {
        if (signal.aborted) return;
        container.append(authorContainer);
        module.startAuthorMode(authorContainer, signal);
      },
      () => showLoadFailure(container),
    );
  };

  const follow = (values: Record<string, unknown>) => {
    if (signal.aborted) return;
    const enabled = values[OVERLAY_ENABLED_KEY] !== false;
    // Author mode's picker, or a recording (running, paused or waiting for the library).
    const authoring = values[AUTHOR_MODE_KEY] === true || values[RECORDING_KEY] != null;
    // An author's picker, recording or preview shows even while the student hid the coach.
    if (authoring) loadAuthor();
    if (values[PREVIEW_KEY] || (enabled && values[ACTIVE_PACK_KEY])) return loadOverlay(false);
    if (overlayLoaded) return;
    if (enabled && !authoring && !removePill) removePill = showIdlePill(container, () => loadOverlay(true));
    if (!enabled || authoring) hidePill();
  };

  const keys = [OVERLAY_ENABLED_KEY, ACTIVE_PACK_KEY, AUTHOR_MODE_KEY, PREVIEW_KEY, RECORDING_KEY];
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
