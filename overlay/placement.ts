import { arrow, autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { GAP, arrowSide, besideDialog, dialogPanelIndex, isInViewport, levelWith, placementPlan, type Box } from './geometry';

const viewport = () => ({ width: window.innerWidth, height: window.innerHeight });
const boxOf = (element: Element): Box => element.getBoundingClientRect();

/** The target's ancestors up to (not including) the dialog, innermost first. */
function ancestorsWithin(target: Element, dialog: Element): Element[] {
  const ancestors: Element[] = [];
  for (let element = target.parentElement; element && element !== dialog; element = element.parentElement) ancestors.push(element);
  return ancestors;
}

/** floating-ui's reference beside the dialog's panel, level with the target; null without room. */
function besideDialogReference(target: Element, dialog: Element): { getBoundingClientRect(): DOMRect } | null {
  const ancestors = ancestorsWithin(target, dialog);
  const panel = ancestors[dialogPanelIndex(ancestors.map(boxOf), viewport())] ?? target;
  if (!besideDialog(boxOf(panel), boxOf(target), viewport())) return null;
  return {
    getBoundingClientRect: () => {
      const box = levelWith(boxOf(panel), boxOf(target));
      return new DOMRect(box.left, box.top, box.width, box.height);
    },
  };
}

/**
 * Keep the callout next to its target and the spotlight on the target's box, through scrolling,
 * resizing and layout changes. Returns the cleanup. The page's elements are only read, never changed.
 */
export function placeCallout(target: Element, callout: HTMLElement, arrowElement: HTMLElement, spotlight: HTMLElement): () => void {
  if (!isInViewport(boxOf(target), viewport())) target.scrollIntoView({ block: 'center', inline: 'nearest' });
  const dialog = target.closest('[role="dialog"]');
  const update = () => {
    const beside = dialog ? besideDialogReference(target, dialog) : null;
    const rect = target.getBoundingClientRect();
    spotlight.style.left = `${rect.left}px`;
    spotlight.style.top = `${rect.top}px`;
    spotlight.style.width = `${rect.width}px`;
    spotlight.style.height = `${rect.height}px`;
    const plan = placementPlan(beside ? 'beside-dialog' : dialog ? 'in-dialog' : 'page');
    void computePosition(beside ?? target, callout, {
      strategy: 'fixed',
      placement: plan.placement,
      middleware: [offset(GAP), flip({ fallbackPlacements: plan.fallbacks }), shift({ padding: 8 }), arrow({ element: arrowElement, padding: 12 })],
    }).then(({ x, y, placement, middlewareData }) => {
      callout.style.left = `${x}px`;
      callout.style.top = `${y}px`;
      callout.dataset.placement = placement;
      const { x: ax, y: ay } = middlewareData.arrow ?? {};
      Object.assign(arrowElement.style, { left: ax != null ? `${ax}px` : '', top: ay != null ? `${ay}px` : '', right: '', bottom: '', [arrowSide(placement)]: '-7px' });
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
