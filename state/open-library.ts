import { browser } from 'wxt/browser';

/** A console tab asks the background to open the pack library (content scripts cannot open extension pages). */
export const OPEN_LIBRARY_REQUEST = 'console-coach:open-library';

/** In the background: open (or focus) the pack library for the extension's own tabs; pages cannot send this. */
export function answerOpenLibraryRequests(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id || (message as { type?: unknown } | null)?.type !== OPEN_LIBRARY_REQUEST) return undefined;
    return browser.runtime.openOptionsPage().then(() => true);
  });
}
