import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage as wxtStorage } from 'wxt/utils/storage';
import { defineStorageItem } from '../../../state/storage-item';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a storage item, in the format WXT storage wrote in v0.1', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads what WXT wrote and WXT reads what it writes, version record included', async () => {
    const migrations = { 2: (old: { n: number }) => ({ n: old.n, twice: old.n * 2 }) };
    await wxtStorage.defineItem<{ n: number }>('local:thing', { fallback: { n: 0 } }).setValue({ n: 3 });
    const ours = defineStorageItem<{ n: number; twice: number } | null>('local:thing', { fallback: null, version: 2, migrations });
    expect(await ours.getValue()).toEqual({ n: 3, twice: 6 });
    expect(await fakeBrowser.storage.local.get('thing$')).toEqual({ thing$: { v: 2 } });
    // WXT, given the same definition, finds nothing left to migrate.
    const theirs = wxtStorage.defineItem<{ n: number; twice: number } | null>('local:thing', { fallback: null, version: 2, migrations });
    expect(await theirs.getValue()).toEqual({ n: 3, twice: 6 });
  });

  it('records the version with a value first written by a versioned item, as WXT did', async () => {
    const item = defineStorageItem<string | null>('local:fresh', { fallback: null, version: 3, migrations: {} });
    await item.setValue('hello');
    expect(await fakeBrowser.storage.local.get(['fresh', 'fresh$'])).toEqual({ fresh: 'hello', fresh$: { v: 3 } });
  });

  it('falls back when nothing is stored, and null removes the key', async () => {
    const item = defineStorageItem<boolean>('local:flag', { fallback: true });
    expect(await item.getValue()).toBe(true);
    await item.setValue(false);
    expect(await item.getValue()).toBe(false);
    await item.setValue(null);
    expect(await fakeBrowser.storage.local.get('flag')).toEqual({});
    await item.setValue(false);
    await item.removeValue();
    expect(await item.getValue()).toBe(true);
  });

  it('tells watchers of real changes only, with the fallback for a removal, until unwatched', async () => {
    const item = defineStorageItem<{ on: boolean } | null>('local:watched', { fallback: null });
    const seen = vi.fn();
    const unwatch = item.watch(seen);
    await item.setValue({ on: true });
    await item.setValue({ on: true }); // the same value again: no change
    await fakeBrowser.storage.local.set({ other: 1 });
    await item.removeValue();
    await flush();
    expect(seen.mock.calls).toEqual([
      [{ on: true }, null],
      [null, { on: true }],
    ]);
    unwatch();
    await item.setValue({ on: false });
    await flush();
    expect(seen).toHaveBeenCalledTimes(2);
  });
});
