// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createOverlayHost, OVERLAY_TAG } from '../../../overlay/mount';
import { createHostMark } from '../../../overlay/host-mark';
import { keepMounted, MAX_REMOUNTS } from '../../../overlay/keep-mounted';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const mark = createHostMark('fedcba9876543210fedcba9876543210', (element) => element.shadowRoot);

describe('keepMounted', () => {
  it(`puts the overlay back after the page removes it, ${MAX_REMOUNTS} times, then backs off`, async () => {
    const overlay = createOverlayHost(document, '', mark);
    const abort = new AbortController();
    keepMounted(overlay.host, document.body, abort.signal, mark.isOurs);
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

  it('does not stand down for a page-made <console-coach-overlay>, even one with a shadow root and our attributes', async () => {
    const overlay = createOverlayHost(document, '', mark);
    const abort = new AbortController();
    keepMounted(overlay.host, document.body, abort.signal, mark.isOurs);
    const fake = document.createElement(OVERLAY_TAG);
    for (const attribute of overlay.host.attributes) fake.setAttribute(attribute.name, attribute.value);
    const marker = fake.attachShadow({ mode: 'open' }).appendChild(document.createElement('style'));
    marker.dataset.ccHost = 'guessed';
    document.body.append(fake);
    overlay.host.remove();
    await settle();
    expect(overlay.host.isConnected).toBe(true);
    abort.abort();
    overlay.remove();
    fake.remove();
  });

  it('leaves a host alone once a newer copy of the overlay replaced it, or once released', async () => {
    const old = createOverlayHost(document, '', mark);
    const abort = new AbortController();
    keepMounted(old.host, document.body, abort.signal, mark.isOurs);
    const newer = createOverlayHost(document, '', mark);
    await settle();
    expect(old.host.isConnected).toBe(false);
    expect(document.querySelectorAll('console-coach-overlay')).toHaveLength(1);
    newer.remove();

    const released = createOverlayHost(document, '', mark);
    const controller = new AbortController();
    keepMounted(released.host, document.body, controller.signal, mark.isOurs);
    controller.abort();
    released.remove();
    await settle();
    expect(released.host.isConnected).toBe(false);
  });
});
