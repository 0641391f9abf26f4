// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isShownNormally, isUserClick, trusted, userClick } from '../../../overlay/user-action';

/** Our host with a button in its shadow root, as the overlay draws it. */
function coach() {
  const host = document.body.appendChild(document.createElement('console-coach-overlay'));
  const shadow = host.attachShadow({ mode: 'open' });
  const button = shadow.appendChild(document.createElement('button'));
  const label = button.appendChild(document.createElement('span'));
  return { host, shadow, button, label };
}

/** jsdom makes only untrusted events; a real click is stood in for by an object with the browser's fields. */
const realClick = (button: Element, init: Partial<MouseEvent> = {}) => ({ isTrusted: true, currentTarget: button, detail: 1, clientX: 10, clientY: 10, ...init }) as unknown as MouseEvent;

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.removeAttribute('style');
  document.body.removeAttribute('style');
});

describe('trusted and userClick', () => {
  it('ignore events a page script dispatches', () => {
    const handler = vi.fn();
    const { button } = coach();
    button.addEventListener('click', userClick(handler));
    button.addEventListener('keydown', trusted(handler));
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 1, clientX: 10, clientY: 10 }));
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(handler).not.toHaveBeenCalled();
  });
});

describe('isUserClick: the person pressed the coach they could see', () => {
  it('a pointer click counts only when our host is on top at the pointer and the button is under it inside', () => {
    const { host, shadow, button, label } = coach();
    const cover = document.body.appendChild(document.createElement('div'));
    let topmost: Element[] = [host, cover];
    document.elementsFromPoint = () => topmost;
    shadow.elementFromPoint = () => label;
    expect(isUserClick(realClick(button))).toBe(true);
    // A page element laid over the coach takes the pointer: the click was not meant for us.
    topmost = [cover, host];
    expect(isUserClick(realClick(button))).toBe(false);
    // Our host is on top, but another of our elements is under the pointer, not this button.
    topmost = [host];
    shadow.elementFromPoint = () => shadow.appendChild(document.createElement('div'));
    expect(isUserClick(realClick(button))).toBe(false);
    expect(isUserClick({ ...realClick(button), isTrusted: false } as MouseEvent)).toBe(false);
  });

  it('a keyboard activation (detail 0) needs only the coach shown normally', () => {
    const { button } = coach();
    document.elementsFromPoint = () => [];
    expect(isUserClick(realClick(button, { detail: 0, clientX: 0, clientY: 0 }))).toBe(true);
    document.documentElement.style.opacity = '0';
    expect(isUserClick(realClick(button, { detail: 0 }))).toBe(false);
  });

  it('a button outside a shadow root is not the coach', () => {
    const outside = document.body.appendChild(document.createElement('button'));
    expect(isUserClick(realClick(outside, { detail: 0 }))).toBe(false);
  });
});

describe('isShownNormally: what a page sets to hide the coach while it still takes clicks', () => {
  const hidingStyles: [string, (host: HTMLElement) => void][] = [
    ['host opacity 0', (host) => host.style.setProperty('opacity', '0')],
    ['page opacity 0.1', () => document.documentElement.style.setProperty('opacity', '0.1')],
    ['body faded by a filter', () => document.body.style.setProperty('filter', 'opacity(0)')],
    ['host blurred', (host) => host.style.setProperty('filter', 'blur(20px)')],
    ['host half-inverted to grey', (host) => host.style.setProperty('filter', 'invert(0.5)')],
    ['host hidden', (host) => host.style.setProperty('visibility', 'hidden')],
    ['host blended away', (host) => host.style.setProperty('mix-blend-mode', 'multiply')],
  ];
  for (const [what, hide] of hidingStyles) {
    it(`refuses: ${what}`, () => {
      const { host } = coach();
      expect(isShownNormally(host, window)).toBe(true);
      hide(host);
      expect(isShownNormally(host, window)).toBe(false);
    });
  }

  it('accepts colour filters that keep it readable (a dark-mode extension inverting the page)', () => {
    const { host } = coach();
    document.documentElement.style.setProperty('filter', 'invert(1) hue-rotate(180deg)');
    expect(isShownNormally(host, window)).toBe(true);
  });
});
