import { browser } from 'wxt/browser';

/**
 * A typed value under one key of `browser.storage.local`, kept in the format `wxt/utils/storage`
 * wrote in v0.1 (the value under its key; a version, when one was migrated, under `<key>$` as
 * `{ v }`), so what learners already have reads back unchanged. Written here because WXT's module
 * costs the overlay 4 KB gzip for the five calls the coach makes.
 */
export interface StorageItem<T> {
  readonly key: string;
  readonly fallback: T;
  getValue(): Promise<T>;
  /** `null` (or `undefined`) removes the key. */
  setValue(value: T | null): Promise<void>;
  removeValue(): Promise<void>;
  /** Called with the new value (the fallback when removed) whenever it really changes; returns unwatch. */
  watch(callback: (value: T, previous: T) => void): () => void;
}

export interface StorageItemOptions<T> {
  fallback: T;
  /** The shape's version; raised with a migration for each step up. */
  version?: number;
  /** `migrations[n]` turns a version n−1 value into version n. */
  migrations?: Record<number, (old: never) => T>;
}

/** Only the extension's local area is used (`local:<key>`, as WXT spelled it). */
type LocalKey = `local:${string}`;

const area = () => browser.storage.local;
const metaKey = (key: string) => `${key}$`;

export function defineStorageItem<T>(itemKey: LocalKey, options: StorageItemOptions<T>): StorageItem<T> {
  const key = itemKey.slice('local:'.length);
  const targetVersion = options.version ?? 1;
  // A value first written by this version also records the version, as WXT did.
  let recordVersionOnWrite = false;

  const migrate = async () => {
    const stored = await area().get([key, metaKey(key)]);
    const value = stored[key];
    const meta = stored[metaKey(key)] as { v?: number } | undefined;
    recordVersionOnWrite = value == null && meta?.v == null;
    if (value == null) return;
    const current = meta?.v ?? 1;
    if (current > targetVersion) throw new Error(`Version downgrade detected (v${current} -> v${targetVersion}) for "${key}"`);
    if (current === targetVersion) return;
    let migrated = value as unknown;
    for (let version = current + 1; version <= targetVersion; version++) {
      migrated = options.migrations?.[version]?.(migrated as never) ?? migrated;
    }
    await area().set({ [key]: migrated, [metaKey(key)]: { ...meta, v: targetVersion } });
  };
  // Only items with migrations are ever migrated (and so versioned), as with WXT.
  const ready = options.migrations ? migrate().catch((error) => console.error(`Console Coach: migrating "${key}" failed`, error)) : Promise.resolve();

  const orFallback = (value: unknown) => (value ?? options.fallback) as T;

  return {
    key: itemKey,
    fallback: options.fallback,
    async getValue() {
      await ready;
      return orFallback((await area().get(key))[key]);
    },
    async setValue(value) {
      await ready;
      if (value == null) return area().remove(key);
      if (recordVersionOnWrite) {
        recordVersionOnWrite = false;
        return area().set({ [key]: value, [metaKey(key)]: { v: targetVersion } });
      }
      return area().set({ [key]: value });
    },
    async removeValue() {
      await ready;
      await area().remove(key);
    },
    watch(callback) {
      const listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, areaName: string) => {
        const change = changes[key];
        if (areaName !== 'local' || !change || sameJson(change.newValue, change.oldValue)) return;
        callback(orFallback(change.newValue), orFallback(change.oldValue));
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}

/** Stored values are JSON: equal when they serialise alike (a rewrite of the same value is no change). */
function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
