import { describe, expect, it } from 'vitest';
import { followItem } from '../../../state/follow-item';
import type { StorageItem } from '../../../state/storage-item';

/** An item whose first read answers when the test says, and whose changes the test sends. */
function slowItem(stored: string) {
  let answer!: (value: string) => void;
  const watchers = new Set<(value: string) => void>();
  const item = {
    getValue: () => new Promise<string>((resolve) => (answer = () => resolve(stored))),
    watch: (callback: (value: string) => void) => (watchers.add(callback), () => watchers.delete(callback)),
  } as unknown as StorageItem<string>;
  return { item, answerRead: () => answer(stored), change: (value: string) => watchers.forEach((w) => w(value)), watchers };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('following a stored item', () => {
  it('gives the stored value, then each change', async () => {
    const { item, answerRead, change } = slowItem('first');
    const seen: string[] = [];
    followItem(item, (value) => seen.push(value));
    answerRead();
    await flush();
    change('second');
    expect(seen).toEqual(['first', 'second']);
  });

  it('keeps a change that arrives before the first read answers: the older read is dropped', async () => {
    const { item, answerRead, change } = slowItem('older');
    const seen: string[] = [];
    followItem(item, (value) => seen.push(value));
    change('newer');
    answerRead();
    await flush();
    expect(seen).toEqual(['newer']);
  });

  it('gives nothing once stopped, and stops watching', async () => {
    const { item, answerRead, change, watchers } = slowItem('stored');
    const seen: string[] = [];
    const stop = followItem(item, (value) => seen.push(value));
    stop();
    answerRead();
    change('later');
    await flush();
    expect(seen).toEqual([]);
    expect(watchers.size).toBe(0);
  });
});
