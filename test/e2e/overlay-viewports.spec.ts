import type { Locator, Page } from '@playwright/test';
import { test, expect, iamUrl, IAM_HOME } from './fixtures';
import { readPack, startPack } from '../support/packs';
import { overlaps } from './overlay-pages';
import { within } from '../support/timeouts';

const VIEWPORTS = Number(process.env.VIEWPORT_RUNS ?? 100);

/** Small seeded generator, so a failing size can be reproduced. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0;
    return state / 2 ** 32;
  };
}


async function checkPlacement(page: Page, target: Locator) {
  const callout = page.locator('console-coach-overlay [data-cc="callout"]');
  await expect(callout).toHaveAttribute('data-state', 'anchored');
  // Two frames for floating-ui to settle after the resize.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const [calloutBox, targetBox] = await Promise.all([callout.boundingBox(), target.boundingBox()]);
  expect(calloutBox && targetBox).toBeTruthy();
  const hitsTarget = await target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit !== null && (el === hit || el.contains(hit) || hit.contains(el));
  });
  return { overlap: overlaps(calloutBox!, targetBox!), hitsTarget };
}

test(`over ${VIEWPORTS} random viewport sizes the callout never covers its target`, async ({ page, serviceWorker }) => {
  test.setTimeout(within(180_000));
  const seed = Number(process.env.VIEWPORT_SEED ?? 20261123);
  const next = random(seed);
  const pack = readPack('test/fixtures/packs/overlay-tour.yaml');
  // A target in the page's content (the side navigation collapses into a menu on narrow screens).
  pack.sections[0]!.steps[0]!.target = [{ role: 'button', name: 'Add MFA', within: { heading: 'Security recommendations' } }];
  const cases = [
    { url: IAM_HOME, step: 'open-users', target: () => page.locator('#root').getByRole('button', { name: 'Add MFA' }) },
    { url: iamUrl('/users'), step: 'start-create-user', target: () => page.locator('#root').getByRole('button', { name: 'Create user' }).first() },
  ];
  const failures: string[] = [];
  let checked = 0;
  for (const { url, step, target } of cases) {
    await page.goto(url);
    await startPack(serviceWorker, pack, step);
    for (let i = 0; i < VIEWPORTS / cases.length; i++) {
      const size = { width: Math.round(480 + next() * 1440), height: Math.round(480 + next() * 720) };
      await page.setViewportSize(size);
      const result = await checkPlacement(page, target());
      checked += 1;
      if (result.overlap || !result.hitsTarget) failures.push(`${step} at ${size.width}x${size.height}: ${result.overlap ? 'callout covers the target' : 'target not reachable at its centre'}`);
    }
  }
  console.log(`viewports: ${checked} sizes checked (seed ${seed}), ${failures.length} where the callout got in the way`);
  expect(failures).toEqual([]);
});
