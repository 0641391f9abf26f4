/** Attributes whose changes can move a step along: states, visibility, flashes. */
const WATCHED_ATTRIBUTES = ['aria-current', 'aria-selected', 'aria-checked', 'aria-expanded', 'aria-pressed', 'aria-hidden', 'hidden', 'data-analytics-flashbar', 'aria-modal'];

/**
 * Call `onChange` at most once per animation frame while the page's DOM changes, until the signal
 * aborts. Nothing is observed unless a step is active (the caller decides when to start).
 */
export function watchDom(root: Node, onChange: () => void, signal: AbortSignal): void {
  let scheduled = 0;
  const flush = () => {
    scheduled = 0;
    if (!signal.aborted) onChange();
  };
  const observer = new MutationObserver(() => {
    if (!scheduled) scheduled = requestAnimationFrame(flush);
  });
  observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES, characterData: false });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (scheduled) cancelAnimationFrame(scheduled);
  }, { once: true });
}

/** Call `onChange` when the single-page app's committed URL changes. */
export function watchLocation(onChange: () => void, signal: AbortSignal): void {
  window.addEventListener('hashchange', onChange, { signal });
  window.addEventListener('popstate', onChange, { signal });
  // The Navigation API also reports history.pushState/replaceState (currententrychange), which fire
  // no event of their own, where the browser has it.
  const navigation = (window as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigatesuccess', onChange, { signal });
  navigation?.addEventListener('currententrychange', onChange, { signal });
}
