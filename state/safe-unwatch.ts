/**
 * Stop a storage watcher. Once the extension is reloaded or removed, the browser API throws
 * "Extension context invalidated" from inside removeListener: the listener is gone with the
 * context anyway, so that error is expected and dropped.
 */
export function safeUnwatch(unwatch: () => void): void {
  try {
    unwatch();
  } catch {
    // The extension context is gone, and its listeners with it.
  }
}
