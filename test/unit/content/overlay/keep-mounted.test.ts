// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createOverlayHost } from '../../../../content/overlay/mount';
import { keepMounted, MAX_REMOUNTS } from '../../../../content/overlay/keep-mounted';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('keepMounted', () => {
  it(`puts the overlay back after the page removes it, ${MAX_REMOUNTS} times, then backs off`, async () => {
    const overlay = createOverlayHost(document, '');
    const abort = new AbortController();
    keepMounted(overlay.host, document.body, abort.signal);
    for (let i = 0; i < MAX_REMOUNTS; i++) {
      overlay.host.remove();
      await settle();
      expect(overlay.host.isConnected, `remount ${i + 1}`).toBe(true);
    }
    overlay.host.remove();
    await settle();
    expect(overlay.host.isConnected).toBe(false);
    abort.abort();
  });

  it('leaves a host alone once a newer copy of the overlay replaced it, or once released', async () => {
    const old = createOverlayHost(document, '');
    const abort = new AbortController();
    keepMounted(old.host, document.body, abort.signal);
    const newer = createOverlayHost(document, '');
    await settle();
    expect(old.host.isConnected).toBe(false);
    expect(document.querySelectorAll('console-coach-overlay')).toHaveLength(1);
    newer.remove();

    const released = createOverlayHost(document, '');
    const controller = new AbortController();
    keepMounted(released.host, document.body, controller.signal);
    controller.abort();
    released.remove();
    await settle();
    expect(released.host.isConnected).toBe(false);
  });
});
