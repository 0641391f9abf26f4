import type { StorageItem } from './storage-item';
import { safeUnwatch } from './safe-unwatch';

/**
 * Calls `onValue` with an item's stored value, then with each change. A change can arrive before
 * the first read answers; that read's (older) value is then dropped, so the newer one stays.
 * Returns stop.
 */
export function followItem<T>(item: StorageItem<T>, onValue: (value: T) => void): () => void {
  let active = true;
  let changed = false;
  void item.getValue().then((value) => {
    if (active && !changed) onValue(value);
  });
  const unwatch = item.watch((value) => {
    changed = true;
    if (active) onValue(value);
  });
  return () => {
    active = false;
    safeUnwatch(unwatch);
  };
}
