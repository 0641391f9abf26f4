// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_BACKOFF_MS, watchDom } from '../../../../content/console/wait';

describe('watchDom', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
  });
  afterEach(() => vi.useRealTimers());

  /** Change the DOM every 10 ms for `ms` and count the looks. */
  async function storm(root: HTMLElement, ms: number) {
    for (let t = 0; t < ms; t += 10) {
      root.append(document.createElement('span'));
      await vi.advanceTimersByTimeAsync(10);
    }
  }

  it('looks in the next frame after a change, once per frame', async () => {
    const root = document.body.appendChild(document.createElement('div'));
    const abort = new AbortController();
    let looks = 0;
    watchDom(root, () => void (looks += 1), abort.signal);
    root.append(document.createElement('p'));
    root.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(20);
    expect(looks).toBe(1);
    abort.abort();
  });

  it('backs off while its looks change nothing on a busy page, and is prompt again after a quiet spell', async () => {
    const root = document.body.appendChild(document.createElement('div'));
    const abort = new AbortController();
    let looks = 0;
    watchDom(root, () => ((looks += 1), false), abort.signal);
    await storm(root, 5000);
    // Without backing off this would be ~300 looks (one per frame); with it, about one a second.
    expect(looks).toBeLessThanOrEqual(5000 / MAX_BACKOFF_MS + 8);
    await vi.advanceTimersByTimeAsync(2 * MAX_BACKOFF_MS);
    const before = looks;
    root.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(20);
    expect(looks).toBe(before + 1);
    abort.abort();
  });

  it('keeps looking every frame while each look changes something', async () => {
    const root = document.body.appendChild(document.createElement('div'));
    const abort = new AbortController();
    let looks = 0;
    watchDom(root, () => ((looks += 1), true), abort.signal);
    await storm(root, 1000);
    expect(looks).toBeGreaterThan(40);
    abort.abort();
    const after = looks;
    await storm(root, 200);
    expect(looks).toBe(after);
  });
});
