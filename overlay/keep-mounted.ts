/** How many times the overlay puts itself back after the page removed it, per page load. */
export const MAX_REMOUNTS = 3;

/**
 * A console re-render may drop our host element from <body>; put it back, but only a few times:
 * a page that keeps removing it wants it gone, and fighting it would loop. Watches only <body>'s
 * own children (not the subtree), so the console's constant DOM churn costs nothing. Stands down
 * for a newer copy's host only when `isOurs` proves it is one (host-mark.ts): a page-made element
 * with our tag name does not count.
 */
export function keepMounted(host: Element, parent: Element, signal: AbortSignal, isOurs: (element: Element) => boolean, maxRemounts = MAX_REMOUNTS): void {
  let remounts = 0;
  const observer = new MutationObserver(() => {
    if (host.isConnected) return;
    // A newer copy of the content script (after an extension update) replaced this host: let it be.
    const replaced = [...parent.children].some((child) => child !== host && child.localName === host.localName && isOurs(child));
    if (replaced || remounts >= maxRemounts) {
      observer.disconnect();
      return;
    }
    remounts += 1;
    parent.append(host);
  });
  observer.observe(parent, { childList: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
