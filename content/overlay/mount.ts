/** The one element the extension adds to a console page; everything it shows lives in its shadow root. */
export const OVERLAY_TAG = 'console-coach-overlay';

export interface OverlayHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Where the UI renders, inside the shadow root. */
  container: HTMLElement;
  remove(): void;
}

/**
 * Mount the overlay host with an open shadow root (tests and assistive tech can see into it) and
 * our own stylesheet. A host left behind by an earlier copy of the content script (after an
 * extension update or reload) is replaced, so a page never has two.
 */
export function createOverlayHost(doc: Document, css: string): OverlayHost {
  doc.querySelectorAll(OVERLAY_TAG).forEach((stale) => stale.remove());
  const host = doc.createElement(OVERLAY_TAG);
  // Position the host out of the page's layout; the UI inside positions itself with fixed coordinates.
  host.style.setProperty('all', 'initial');
  host.style.setProperty('position', 'fixed');
  host.style.setProperty('inset', '0 auto auto 0');
  host.style.setProperty('width', '0');
  host.style.setProperty('height', '0');
  host.style.setProperty('z-index', '2147483000');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('div');
  container.className = 'cc-root';
  shadow.append(style, container);
  (doc.body ?? doc.documentElement).append(host);
  return {
    host,
    shadow,
    container,
    remove: () => host.remove(),
  };
}
