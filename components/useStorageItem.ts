import { useEffect, useState } from 'preact/hooks';
import type { StorageItem } from '../state/storage-item';
import { safeUnwatch } from '../state/safe-unwatch';

/** A storage item's value, kept live: `undefined` until the first read. */
export function useStorageItem<T>(item: StorageItem<T>): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let active = true;
    void item.getValue().then((v) => active && setValue(v));
    const unwatch = item.watch((v) => setValue(v));
    return () => {
      active = false;
      safeUnwatch(unwatch);
    };
  }, [item]);
  return value;
}
