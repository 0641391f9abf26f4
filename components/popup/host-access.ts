import { browser } from 'wxt/browser';
import { consoleHostPatterns } from '../../packs/catalogue/hosts';

/**
 * The console and sign-in hosts, the extension's only host permission. Firefox (MV3) lets people
 * turn host access off, and may leave it off at install; Chrome's "site access" setting can
 * withhold it too. Without it the content script does not run and the coach shows nothing.
 */
const ORIGINS = [...consoleHostPatterns];

/** Whether the extension may run on every console and sign-in host. */
export function hasHostAccess(): Promise<boolean> {
  return browser.permissions.contains({ origins: ORIGINS });
}

/**
 * Ask the browser for the console hosts. Browsers grant only during a user action: call this
 * straight from a click handler, before any await. Resolves to whether access was given.
 */
export function requestHostAccess(): Promise<boolean> {
  return browser.permissions.request({ origins: ORIGINS });
}

/** Call `listener` whenever the extension's permissions change (granted here, in the add-on settings, or revoked). */
export function watchHostAccess(listener: () => void): () => void {
  browser.permissions.onAdded.addListener(listener);
  browser.permissions.onRemoved.addListener(listener);
  return () => {
    browser.permissions.onAdded.removeListener(listener);
    browser.permissions.onRemoved.removeListener(listener);
  };
}
