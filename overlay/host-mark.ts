import { browser } from 'wxt/browser';
import { HOST_SECRET_KEY } from '../state/keys';

/**
 * Which `<console-coach-overlay>` elements are ours. The tag name proves nothing: any page can
 * create one, and a page that could pass for us could make our overlay stand down (keep-mounted.ts)
 * or have us remove its element. So our host carries, inside its shadow root, a marker (an attribute of its stylesheet) holding a
 * secret that pages cannot learn:
 * - the secret is random, made once per installation and kept in extension storage, which pages
 *   cannot read; every copy of the content script (in every tab, and the newer copy Firefox injects
 *   into open tabs after an update, beside the dead copy's host) reads the same one;
 * - the marker sits in our shadow root, closed in production: the page's `host.shadowRoot` is null,
 *   and it cannot attach a second root to our host. Only extensions can read closed roots
 *   (`chrome.dom.openOrClosedShadowRoot`, Firefox's `element.openOrClosedShadowRoot`).
 * A page-made element has no marker (or a wrong one: it never saw the secret), so it is never ours.
 * A per-load secret alone would not do: the next copy must recognise the host of the one before.
 * In the test build the root is open, so there a page could read the secret (tests only).
 */
export interface HostMark {
  /** Mark an element of one of our hosts' shadow root (its stylesheet) as the marker. */
  stamp(marker: HTMLElement): void;
  /** Whether `element` is an overlay host made by a copy of this extension's content script. */
  isOurs(element: Element): boolean;
}

const MARKER = '[data-cc-host]';

type RootReader = (element: Element) => ShadowRoot | null;

/** Reads a shadow root whatever its mode, through the extension-only APIs; pages have neither. */
export const openOrClosedShadowRoot: RootReader = (element) => {
  const dom = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?: RootReader } } }).chrome?.dom;
  if (dom?.openOrClosedShadowRoot && element instanceof HTMLElement) return dom.openOrClosedShadowRoot(element) ?? null;
  return (element as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot ?? element.shadowRoot;
};

export function createHostMark(secret: string, readRoot: RootReader = openOrClosedShadowRoot): HostMark {
  return {
    stamp(marker) {
      marker.dataset.ccHost = secret;
    },
    isOurs(element) {
      const marker = readRoot(element)?.querySelector(MARKER);
      return marker instanceof Element && marker.getAttribute('data-cc-host') === secret;
    },
  };
}

const randomSecret = () => [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');

/** The installation's host secret, made on first use; a fresh unsaved one if storage fails (then only this copy knows it). */
export async function readHostSecret(storage: Pick<typeof browser.storage.local, 'get' | 'set'> = browser.storage.local): Promise<string> {
  try {
    const stored = (await storage.get(HOST_SECRET_KEY))[HOST_SECRET_KEY];
    if (typeof stored === 'string' && /^[0-9a-f]{32}$/.test(stored)) return stored;
    const secret = randomSecret();
    await storage.set({ [HOST_SECRET_KEY]: secret });
    return secret;
  } catch {
    return randomSecret();
  }
}
