import { useEffect, useState } from 'preact/hooks';
import type { StorageItem } from '../state/storage-item';
import { followItem } from '../state/follow-item';

/** A storage item's value, kept live: `undefined` until the first read. */
export function useStorageItem<T>(item: StorageItem<T>): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => followItem(item, (v) => setValue(() => v)), [item]);
  return value;
}
