/**
 * Page scripts share the DOM with the coach: they can dispatch events (`element.click()`,
 * `dispatchEvent`) and restyle or cover our host so a person clicks the coach without seeing it
 * (DOM-based clickjacking, as shown against password managers in 2025). Every listener of the coach
 * goes through one of these two wrappers.
 */
type Handler<E extends Event> = (event: E) => void;

/** Runs the handler only for events the browser made from real input, never a page script's. */
export function trusted<E extends Event>(handler: Handler<E>): Handler<E> {
  return (event) => {
    if (event.isTrusted) handler(event);
  };
}

/** Runs the handler only for a press the person really made on the coach they can see (`isUserClick`). */
export function userClick<E extends MouseEvent>(handler: Handler<E>): Handler<E> {
  return (event) => {
    if (isUserClick(event)) handler(event);
  };
}

/**
 * A click on one of the coach's buttons that the person made and could see: trusted; the host and
 * its ancestors shown normally (`isShownNormally`); and for a pointer click, our host is the topmost
 * element at the pointer and, inside our shadow root, the button is. A keyboard activation (`detail`
 * 0, no pointer) needs only the coach shown normally: focus inside our shadow root is ours to move.
 */
export function isUserClick(event: MouseEvent): boolean {
  if (!event.isTrusted) return false;
  const control = event.currentTarget as Element | null;
  const root = control?.getRootNode();
  if (!control || !root || !('host' in root)) return false;
  const shadow = root as ShadowRoot;
  const { host } = shadow;
  const view = host.ownerDocument.defaultView;
  if (!view || !isShownNormally(host, view)) return false;
  if (event.detail === 0) return true;
  const { clientX: x, clientY: y } = event;
  if (host.ownerDocument.elementsFromPoint(x, y)[0] !== host) return false;
  const inside = shadow.elementFromPoint(x, y);
  return inside !== null && control.contains(inside);
}

/** Below this combined opacity the coach is too faint to read what one clicks. */
const MIN_OPACITY = 0.9;
/** Filters that only shift colours keep the coach readable (a dark-mode extension inverts the page); invert(0.5) turns it grey. */
const COLOUR_FILTER = /^(hue-rotate|grayscale|sepia|saturate)\(|^invert\((0|1|100%)\)/;
const readableFilter = (filter: string) => filter === 'none' || filter.match(/[a-z-]+\([^)]*\)/g)?.every((f) => COLOUR_FILTER.test(f)) === true;

/**
 * Whether the host is drawn as itself: not hidden, not faded (its opacity times its ancestors'),
 * not blurred or masked, not blended into the page. These are what a page sets to make the coach
 * invisible while it still takes clicks.
 */
export function isShownNormally(host: Element, view: Window): boolean {
  const own = view.getComputedStyle(host);
  if (own.visibility !== 'visible' || own.display === 'none') return false;
  let opacity = 1;
  for (let el: Element | null = host; el; el = el.parentElement) {
    const style = view.getComputedStyle(el);
    opacity *= Number.parseFloat(style.opacity || '1');
    if (!readableFilter(style.filter || 'none') || !/^(none)?$/.test(style.maskImage) || !/^(normal)?$/.test(style.mixBlendMode)) return false;
  }
  return opacity >= MIN_OPACITY;
}
