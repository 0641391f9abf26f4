import { readFileSync } from 'node:fs';
import type { Page, Worker } from '@playwright/test';
import { repeat } from '../stats';
import { addPageHelpers, setActiveStep } from '../session';
import { DRIVER_SCRIPT, DRIVER_STYLES } from '../driver-files';
import { TRIAL_MS, withTimeout } from '../guard';

/** One trial in the page, given up after TRIAL_MS (a callout that never comes would wait forever). */
const trial = (page: Page, script: string) => withTimeout(page.evaluate(script) as Promise<number>, TRIAL_MS, script);

const calloutState = (stepId: string) =>
  `document.querySelector('console-coach-overlay')?.shadowRoot?.querySelector('[data-cc="callout"][data-step-id="${stepId}"]')?.dataset.state`;

/** Insert the step's target and time until the callout is placed on it; then take it away again. */
export async function timeToCallout(page: Page, worker: Worker, trials: number): Promise<number[]> {
  await setActiveStep(worker, 'bench', 'inserted-target');
  await page.waitForFunction(`${calloutState('inserted-target')} !== undefined`);
  await addPageHelpers(page);
  return repeat(trials, async () => {
    const elapsed = await trial(page, 'ccBench.insertTargetTrial()');
    await page.evaluate(`document.querySelector('[data-testid="bench-target"]').remove()`);
    await page.waitForFunction(`${calloutState('inserted-target')} !== 'anchored'`);
    return elapsed;
  });
}

/** The same for driver.js: insert the element and highlight it at once; time until its popover is placed. */
export async function driverTimeToCallout(page: Page, worker: Worker, trials: number): Promise<number[]> {
  // Our overlay stays idle meanwhile, so it does not work on the same mutations.
  await setActiveStep(worker, null);
  await page.addScriptTag({ content: readFileSync(DRIVER_SCRIPT, 'utf8') });
  await page.addStyleTag({ content: readFileSync(DRIVER_STYLES, 'utf8') });
  return repeat(trials, () => trial(page, 'ccBench.driverTrial()'));
}

/** From a hash-route change to the new page's step callout placed on its target. */
export async function routeChangeToCallout(page: Page, worker: Worker, trials: number): Promise<number[]> {
  await page.evaluate(`location.hash = '#/users'`);
  await setActiveStep(worker, 'bench', 'groups-route');
  const elsewhere = () => page.waitForFunction(`${calloutState('groups-route')} === 'elsewhere'`);
  await elsewhere();
  await addPageHelpers(page);
  return repeat(trials, async () => {
    const elapsed = await trial(page, 'ccBench.routeTrial()');
    await page.evaluate(`location.hash = '#/users'`);
    await elsewhere();
    return elapsed;
  });
}
