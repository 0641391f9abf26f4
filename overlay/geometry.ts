/**
 * Where the callout goes, as pure functions of boxes (no DOM): placement.ts measures the page and
 * hands floating-ui what these decide. Tested by table in test/unit/overlay/geometry.test.ts.
 */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}
export interface Viewport {
  width: number;
  height: number;
}
export type Placement = 'bottom-start' | 'right-start' | 'left-start' | 'top-start' | 'bottom-end' | 'top-end' | 'right' | 'left';

/** Space between the target and the callout, and the spotlight ring's width (px, never rem). */
export const GAP = 14;
/** Width the callout needs beside a dialog (its CSS width plus the gap). */
export const CALLOUT_ROOM = 320 + GAP + 8;

const right = (box: Box) => box.left + box.width;
const bottom = (box: Box) => box.top + box.height;

export function isInViewport(box: Box, viewport: Viewport): boolean {
  return box.top >= 0 && box.left >= 0 && bottom(box) <= viewport.height && right(box) <= viewport.width;
}

/**
 * The dialog's visible panel among the target's ancestors (innermost first, up to the dialog): a
 * modal's `role="dialog"` element often covers the whole viewport (backdrop included), so take the
 * outermost box around the target that is smaller than that. Returns its index, -1 for the target.
 */
export function dialogPanelIndex(ancestors: readonly Box[], viewport: Viewport): number {
  let panel = -1;
  for (const [index, box] of ancestors.entries()) {
    if (box.width >= viewport.width - 1 && box.height >= viewport.height - 1) break;
    panel = index;
  }
  return panel;
}

/**
 * Inside a console dialog, the callout goes beside the dialog's panel, level with the target, when
 * the viewport has room on either side: then it covers none of the dialog. Null when there is no room.
 */
export function besideDialog(panel: Box, target: Box, viewport: Viewport): Box | null {
  const room = Math.max(viewport.width - right(panel), panel.left);
  return room < CALLOUT_ROOM ? null : levelWith(panel, target);
}

/** The panel's left and right edges over the target's rows: what the callout is placed beside. */
export function levelWith(panel: Box, target: Box): Box {
  return { left: panel.left, top: target.top, width: panel.width, height: target.height };
}

/**
 * The callout's preferred placement and fallbacks. Beside a dialog: right, else left. Inside a
 * dialog with no room beside it: above or below the target (beside it sit the dialog's other
 * controls). Elsewhere: below, then anywhere it fits.
 */
export function placementPlan(where: 'beside-dialog' | 'in-dialog' | 'page'): { placement: Placement; fallbacks: Placement[] } {
  if (where === 'beside-dialog') return { placement: 'right-start', fallbacks: ['left-start'] };
  if (where === 'in-dialog') return { placement: 'bottom-start', fallbacks: ['top-start', 'bottom-end', 'top-end'] };
  return { placement: 'bottom-start', fallbacks: ['top-start', 'right', 'left', 'bottom-end', 'top-end'] };
}

/** The side of the callout its arrow sits on: opposite the side the callout took. */
export function arrowSide(placement: string): 'top' | 'bottom' | 'left' | 'right' {
  const side = placement.split('-')[0] as 'top' | 'bottom' | 'left' | 'right';
  return ({ top: 'bottom', bottom: 'top', left: 'right', right: 'left' } as const)[side];
}
