// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { createOverlayHost, OVERLAY_TAG } from '../../../overlay/mount';
import { createHostMark } from '../../../overlay/host-mark';

const mark = createHostMark('0123456789abcdef0123456789abcdef', (element) => element.shadowRoot);

/** What a page script can do: its own element with our tag, even a shadow root with a marker of its own. */
function pageMadeHost(copyFrom?: Element): HTMLElement {
  const fake = document.createElement(OVERLAY_TAG);
  for (const attribute of copyFrom?.attributes ?? []) fake.setAttribute(attribute.name, attribute.value);
  const root = fake.attachShadow({ mode: 'open' });
  const marker = document.createElement('style');
  marker.dataset.ccHost = 'guessed';
  root.append(marker);
  document.body.append(fake);
  return fake;
}

describe('createOverlayHost', () => {
  it('adds one host element with a shadow root holding our styles (open in the test build)', () => {
    const overlay = createOverlayHost(document, '.cc-root { color: red; }', mark);
    const hosts = document.querySelectorAll(OVERLAY_TAG);
    expect(hosts).toHaveLength(1);
    expect(hosts[0]!.shadowRoot).toBe(overlay.shadow);
    expect(overlay.shadow.mode).toBe('open');
    expect(overlay.shadow.querySelector('style')?.textContent).toContain('.cc-root');
    expect(overlay.shadow.contains(overlay.container)).toBe(true);
    overlay.remove();
    expect(document.querySelectorAll(OVERLAY_TAG)).toHaveLength(0);
  });

  it('closes the shadow root in production: the page sees no root on our host', () => {
    const overlay = createOverlayHost(document, '', mark, 'closed');
    expect(overlay.shadow.mode).toBe('closed');
    expect(overlay.host.shadowRoot).toBeNull();
    expect(() => overlay.host.attachShadow({ mode: 'open' })).toThrow();
    // Only the extension-only reader sees it, and finds our marker.
    expect(createHostMark('0123456789abcdef0123456789abcdef', () => overlay.shadow).isOurs(overlay.host)).toBe(true);
    overlay.remove();
  });

  it('sets every inline style of the host with !important, so page styles cannot restyle it', () => {
    // jsdom keeps no priorities, so watch what mount asks of the style declaration.
    const calls: [string, string, string | undefined][] = [];
    const setProperty = CSSStyleDeclaration.prototype.setProperty;
    const spy = vi.spyOn(CSSStyleDeclaration.prototype, 'setProperty').mockImplementation(function (this: CSSStyleDeclaration, property, value, priority) {
      calls.push([property, value ?? '', priority]);
      setProperty.call(this, property, value, priority);
    });
    const overlay = createOverlayHost(document, '', mark);
    spy.mockRestore();
    expect(calls.map(([property]) => property)).toEqual(expect.arrayContaining(['all', 'position', 'z-index', 'opacity', 'visibility']));
    for (const [property, , priority] of calls) expect(priority, property).toBe('important');
    expect(overlay.host.style.getPropertyValue('position')).toBe('fixed');
    overlay.remove();
  });

  it('replaces a host left behind by an earlier content script, so there is never two', () => {
    createOverlayHost(document, '', mark);
    const second = createOverlayHost(document, '', mark);
    const hosts = document.querySelectorAll(OVERLAY_TAG);
    expect(hosts).toHaveLength(1);
    expect(hosts[0]).toBe(second.host);
    second.remove();
  });

  it('leaves a page-made <console-coach-overlay> alone: it is not ours, whatever it copies', () => {
    const ours = createOverlayHost(document, '', mark);
    const fake = pageMadeHost(ours.host);
    const plain = document.body.appendChild(document.createElement(OVERLAY_TAG));
    expect(mark.isOurs(fake)).toBe(false);
    expect(mark.isOurs(plain)).toBe(false);
    expect(mark.isOurs(ours.host)).toBe(true);
    const next = createOverlayHost(document, '', mark);
    expect(fake.isConnected).toBe(true);
    expect(plain.isConnected).toBe(true);
    expect(ours.host.isConnected).toBe(false);
    for (const el of [fake, plain, next.host]) el.remove();
  });

  it('does not change the page elements around it', () => {
    const main = document.createElement('main');
    main.id = 'page';
    main.append(Object.assign(document.createElement('h1'), { textContent: 'IAM Dashboard' }));
    document.body.append(main);
    const before = document.getElementById('page')!.outerHTML;
    const overlay = createOverlayHost(document, '', mark);
    expect(document.getElementById('page')!.outerHTML).toBe(before);
    expect(document.body.lastElementChild).toBe(overlay.host);
    overlay.remove();
  });
});
