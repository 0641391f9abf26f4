import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** The overlay's parts, through the stable hooks of DESIGN.md §4 (Playwright pierces the open shadow root). */
export class OverlayPage {
  constructor(private readonly page: Page) {}

  get callout(): Locator {
    return this.page.locator('console-coach-overlay [data-cc="callout"]');
  }

  get spotlight(): Locator {
    return this.page.locator('console-coach-overlay [data-cc="spotlight"]');
  }

  button(name: string): Locator {
    return this.callout.getByRole('button', { name, exact: true });
  }

  async expectStep(stepId: string, state: string) {
    await expect(this.callout).toHaveAttribute('data-step-id', stepId);
    await expect(this.callout).toHaveAttribute('data-state', state);
  }

  /** The spotlight's box must be the target's box, within 2 px. */
  async expectSpotlightOn(target: Locator) {
    await expect(this.spotlight).toBeVisible();
    await expect
      .poll(async () => {
        const [spot, box] = await Promise.all([this.spotlight.boundingBox(), target.boundingBox()]);
        if (!spot || !box) return Infinity;
        return Math.max(Math.abs(spot.x - box.x), Math.abs(spot.y - box.y), Math.abs(spot.width - box.width), Math.abs(spot.height - box.height));
      })
      .toBeLessThanOrEqual(2);
  }
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Whether two boxes (Playwright bounding boxes) overlap. */
export const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
