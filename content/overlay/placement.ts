import { arrow, autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';

/** Space between the target and the callout, and the spotlight ring's width (px, never rem). */
const GAP = 14;

function inViewport(rect: DOMRect): boolean {
  return rect.top >= 0 && rect.left >= 0 && rect.bottom <= window.innerHeight && rect.right <= window.innerWidth;
}

/** Width the callout needs beside a dialog (its CSS width plus the gap). */
const CALLOUT_ROOM = 320 + GAP + 8;

/**
 * The dialog's visible panel: a modal's `role="dialog"` element often covers the whole viewport
 * (backdrop included), so take the outermost box around the target that is smaller than that.
 */
function dialogPanel(target: Element, dialog: Element): Element {
  let panel = target;
  for (let element = target.parentElement; element && element !== dialog; element = element.parentElement) {
    const box = element.getBoundingClientRect();
    if (box.width >= window.innerWidth - 1 && box.height >= window.innerHeight - 1) break;
    panel = element;
  }
  return panel;
}

/**
 * Inside a console dialog, the callout goes beside the dialog, level with the target, when the
 * viewport has room on either side: then it covers none of the dialog. The reference is the
 * dialog's left and right edges over the target's rows.
 */
function besideDialog(target: Element, dialog: Element): { getBoundingClientRect(): DOMRect } | null {
  const panel = dialogPanel(target, dialog);
  const box = panel.getBoundingClientRect();
  const room = Math.max(window.innerWidth - box.right, box.left);
  if (room < CALLOUT_ROOM) return null;
  return {
    getBoundingClientRect: () => {
      const d = panel.getBoundingClientRect();
      const t = target.getBoundingClientRect();
      return new DOMRect(d.left, t.top, d.width, t.height);
    },
  };
}

/**
 * Keep the callout next to its target and the spotlight on the target's box, through scrolling,
 * resizing and layout changes. Returns the cleanup. The page's elements are only read, never changed.
 */
export function placeCallout(target: Element, callout: HTMLElement, arrowElement: HTMLElement, spotlight: HTMLElement): () => void {
  if (!inViewport(target.getBoundingClientRect())) target.scrollIntoView({ block: 'center', inline: 'nearest' });
  const dialog = target.closest('[role="dialog"]');
  const inDialog = dialog !== null;
  const update = () => {
    const beside = dialog ? besideDialog(target, dialog) : null;
    const rect = target.getBoundingClientRect();
    spotlight.style.left = `${rect.left}px`;
    spotlight.style.top = `${rect.top}px`;
    spotlight.style.width = `${rect.width}px`;
    spotlight.style.height = `${rect.height}px`;
    void computePosition(beside ?? target, callout, {
      strategy: 'fixed',
      placement: beside ? 'right-start' : 'bottom-start',
      // Inside a console dialog with no room beside it, stay above or below the target: beside it
      // sit the dialog's other controls.
      middleware: [
        offset(GAP),
        flip({ fallbackPlacements: beside ? ['left-start'] : inDialog ? ['top-start', 'bottom-end', 'top-end'] : ['top-start', 'right', 'left', 'bottom-end', 'top-end'] }),
        shift({ padding: 8 }),
        arrow({ element: arrowElement, padding: 12 }),
      ],
    }).then(({ x, y, placement, middlewareData }) => {
      callout.style.left = `${x}px`;
      callout.style.top = `${y}px`;
      callout.dataset.placement = placement;
      const side = placement.split('-')[0] as 'top' | 'bottom' | 'left' | 'right';
      const opposite = { top: 'bottom', bottom: 'top', left: 'right', right: 'left' }[side];
      const { x: ax, y: ay } = middlewareData.arrow ?? {};
      Object.assign(arrowElement.style, { left: ax != null ? `${ax}px` : '', top: ay != null ? `${ay}px` : '', right: '', bottom: '', [opposite]: '-7px' });
    });
  };
  const stop = autoUpdate(target, callout, update);
  return () => {
    stop();
    // Docked (no target) again: let the stylesheet place the callout.
    callout.style.left = '';
    callout.style.top = '';
    delete callout.dataset.placement;
  };
}
