import type { HostMark } from './host-mark';
import { t } from '../i18n/messages';

/** The one element the extension adds to a console page; everything it shows lives in its shadow root. */
export const OVERLAY_TAG = 'console-coach-overlay';

/**
 * Closed in production: page scripts cannot read, rewrite or press the coach's UI. The test build
 * (`wxt build --mode test`, in `.output/chrome-mv3-test`) keeps it open for Playwright and the
 * DESIGN.md §4 hooks, and so do unit tests (vitest's mode is `test`).
 */
export const SHADOW_MODE: ShadowRootMode = import.meta.env.TEST_BUILD || import.meta.env.MODE === 'test' ? 'open' : 'closed';

export interface OverlayHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Where the UI renders, inside the shadow root. */
  container: HTMLElement;
  remove(): void;
}

/** The host's own box: out of the page's layout, on top. `!important` so page styles cannot restyle it. */
const HOST_STYLE: [string, string][] = [
  ['all', 'initial'],
  ['position', 'fixed'],
  ['inset', '0 auto auto 0'],
  ['width', '0'],
  ['height', '0'],
  ['z-index', '2147483000'],
  ['opacity', '1'],
  ['visibility', 'visible'],
  ['display', 'block'],
];

/**
 * Mount the overlay host with its shadow root and our own stylesheet. A host left behind by an
 * earlier copy of the content script (after an extension update or reload) is replaced, so a page
 * never has two; a page's own element with our tag name is not ours and is left alone (host-mark.ts).
 */
export function createOverlayHost(doc: Document, css: string, mark: HostMark, mode: ShadowRootMode = SHADOW_MODE): OverlayHost {
  doc.querySelectorAll(OVERLAY_TAG).forEach((other) => mark.isOurs(other) && other.remove());
  const host = doc.createElement(OVERLAY_TAG);
  // The UI inside positions itself with fixed coordinates.
  for (const [property, value] of HOST_STYLE) host.style.setProperty(property, value, 'important');
  const shadow = host.attachShadow({ mode });
  const style = doc.createElement('style');
  style.textContent = css;
  mark.stamp(style);
  const container = doc.createElement('div');
  container.className = 'cc-root';
  // The coach's words are in its messages' language, whatever the console page's own is.
  container.lang = t('languageTag');
  shadow.append(style, container);
  (doc.body ?? doc.documentElement).append(host);
  return {
    host,
    shadow,
    container,
    remove: () => host.remove(),
  };
}
