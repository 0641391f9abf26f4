// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createOverlayHost, OVERLAY_TAG } from '../../../../content/overlay/mount';

describe('createOverlayHost', () => {
  it('adds one host element with an open shadow root holding our styles', () => {
    const overlay = createOverlayHost(document, '.cc-root { color: red; }');
    const hosts = document.querySelectorAll(OVERLAY_TAG);
    expect(hosts).toHaveLength(1);
    expect(hosts[0]!.shadowRoot).toBe(overlay.shadow);
    expect(overlay.shadow.mode).toBe('open');
    expect(overlay.shadow.querySelector('style')?.textContent).toContain('.cc-root');
    expect(overlay.shadow.contains(overlay.container)).toBe(true);
    overlay.remove();
    expect(document.querySelectorAll(OVERLAY_TAG)).toHaveLength(0);
  });

  it('replaces a host left behind by an earlier content script, so there is never two', () => {
    createOverlayHost(document, '');
    const second = createOverlayHost(document, '');
    const hosts = document.querySelectorAll(OVERLAY_TAG);
    expect(hosts).toHaveLength(1);
    expect(hosts[0]).toBe(second.host);
    second.remove();
  });

  it('does not change the page elements around it', () => {
    const main = document.createElement('main');
    main.id = 'page';
    main.append(Object.assign(document.createElement('h1'), { textContent: 'IAM Dashboard' }));
    document.body.append(main);
    const before = document.getElementById('page')!.outerHTML;
    const overlay = createOverlayHost(document, '');
    expect(document.getElementById('page')!.outerHTML).toBe(before);
    expect(document.body.lastElementChild).toBe(overlay.host);
    overlay.remove();
  });
});
