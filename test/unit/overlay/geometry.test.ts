import { describe, expect, it } from 'vitest';
import { arrowSide, besideDialog, CALLOUT_ROOM, dialogPanelIndex, isInViewport, placementPlan } from '../../../overlay/geometry';

const view = { width: 1440, height: 900 };
const box = (left: number, top: number, width: number, height: number) => ({ left, top, width, height });

describe('callout geometry (pure, by table)', () => {
  it.each([
    ['inside', box(10, 10, 100, 30), true],
    ['past the right edge', box(1400, 10, 100, 30), false],
    ['above the top', box(10, -5, 100, 30), false],
    ['below the bottom', box(10, 880, 100, 30), false],
  ] as const)('in the viewport: %s', (_name, b, expected) => {
    expect(isInViewport(b, view)).toBe(expected);
  });

  it.each([
    ['the panel is the outermost ancestor smaller than the viewport', [box(500, 300, 200, 40), box(420, 200, 600, 400), box(0, 0, 1440, 900)], 1],
    ['a full-viewport dialog wrapper stops the search at once', [box(0, 0, 1440, 900)], -1],
    ['no ancestors: the target itself', [], -1],
    ['every ancestor smaller: the outermost', [box(500, 300, 200, 40), box(420, 200, 600, 400)], 1],
  ] as const)('dialog panel: %s', (_name, ancestors, expected) => {
    expect(dialogPanelIndex(ancestors, view)).toBe(expected);
  });

  it.each([
    ['room on the right', box(200, 200, 600, 400), view, { left: 200, top: 320, width: 600, height: 30 }],
    ['room on the left only', box(CALLOUT_ROOM, 200, 1440 - CALLOUT_ROOM, 400), view, { left: CALLOUT_ROOM, top: 320, width: 1440 - CALLOUT_ROOM, height: 30 }],
    ['no room either side', box(100, 200, 1240, 400), view, null],
    ['a narrow viewport', box(20, 100, 340, 400), { width: 380, height: 700 }, null],
  ] as const)('beside the dialog: %s', (_name, panel, viewport, expected) => {
    expect(besideDialog(panel, box(300, 320, 120, 30), viewport)).toEqual(expected);
  });

  it.each([
    ['beside-dialog', 'right-start', ['left-start']],
    ['in-dialog', 'bottom-start', ['top-start', 'bottom-end', 'top-end']],
    ['page', 'bottom-start', ['top-start', 'right', 'left', 'bottom-end', 'top-end']],
  ] as const)('placement plan: %s', (where, placement, fallbacks) => {
    expect(placementPlan(where)).toEqual({ placement, fallbacks });
  });

  it('inside a dialog without room beside it, the callout never goes left or right of the target', () => {
    const { placement, fallbacks } = placementPlan('in-dialog');
    expect([placement, ...fallbacks].every((p) => p.startsWith('top') || p.startsWith('bottom'))).toBe(true);
  });

  it.each([
    ['bottom-start', 'top'],
    ['top-end', 'bottom'],
    ['right-start', 'left'],
    ['left', 'right'],
  ] as const)('the arrow of a %s callout is on its %s side', (placement, side) => {
    expect(arrowSide(placement)).toBe(side);
  });
});
