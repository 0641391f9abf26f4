/** Attributes whose changes can move a step along: states, visibility, flashes. */
const WATCHED_ATTRIBUTES = ['aria-current', 'aria-selected', 'aria-checked', 'aria-expanded', 'aria-pressed', 'aria-hidden', 'hidden', 'data-analytics-flashbar', 'aria-modal'];

/** Longest pause between looks while the page keeps changing and nothing the student sees does. */
export const MAX_BACKOFF_MS = 2000;
const FIRST_BACKOFF_MS = 16;
/** A page that made no change for this long after a look counts as having calmed down. */
const QUIET_MS = 100;
/** One frame at 60 Hz: at most one look per frame while changes keep coming. */
const FRAME_MS = 16;

const OBSERVED: MutationObserverInit = { childList: true, subtree: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES, characterData: false };

/**
 * Call `onChange` after the page's DOM changes (at once after a quiet frame, else in the next
 * animation frame), until the signal
 * aborts. `onChange` returns false when its look changed nothing; while that keeps happening on a
 * busy page, the looks back off (doubling, up to MAX_BACKOFF_MS) so a console that never stops
 * re-rendering pays almost nothing, and a change after a quiet spell is still seen at once.
 * Between a change and the look, the observer is disconnected: the look reads the DOM as it is
 * then, so the records in between would only cost time.
 */
export function watchDom(root: Node, onChange: () => boolean | void, signal: AbortSignal): void {
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let backoff = 0;
  let lastLook = -Infinity;
  const look = () => {
    frame = 0;
    if (signal.aborted) return;
    try {
      const changed = onChange() !== false;
      backoff = changed ? 0 : Math.min(MAX_BACKOFF_MS, Math.max(FIRST_BACKOFF_MS, backoff * 2));
    } finally {
      lastLook = performance.now();
      if (!signal.aborted) observer.observe(root, OBSERVED);
    }
  };
  const observer = new MutationObserver(() => {
    observer.disconnect();
    if (performance.now() - lastLook > QUIET_MS) backoff = 0;
    const now = performance.now();
    const wait = lastLook + backoff - now;
    // A change after a frame or more without a look is looked at now, in the same frame (a
    // callout then appears with its target); changes closer together wait for the next frame.
    if (wait <= 0 && now - lastLook >= FRAME_MS) look();
    else if (wait <= 0) frame = requestAnimationFrame(look);
    else
      timer = setTimeout(() => {
        timer = undefined;
        frame = requestAnimationFrame(look);
      }, wait);
  });
  observer.observe(root, OBSERVED);
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (frame) cancelAnimationFrame(frame);
    clearTimeout(timer);
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
