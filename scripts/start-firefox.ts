/**
 * `npm start -- --browser firefox`: the Firefox test build in Firefox ESR (puppeteer-core over
 * WebDriver BiDi), on the same practice console as the Chromium start. A window to try it in, or
 * with `--headless` the same screenshots as the Chromium start takes.
 */
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { launchFirefoxPractice, type FirefoxPractice } from '../test/support/firefox/launch';
import { waitFor } from '../test/support/firefox/wait';
import { packStartItems } from '../test/support/packs';
import type { PracticeBackend } from '../test/practice-console/server/practice-server';
import type { Pack } from '../packs/format/load';
import { TOUR } from './tour';

export type FirefoxTutorial = { kind: 'builtin'; id: string } | { kind: 'file'; pack: Pack } | null;

const IAM_DASHBOARD = 'https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/home';

/** Make a tutorial the running one at its first step (a built-in pack once the extension has seeded it); its id. */
async function startTutorial(practice: FirefoxPractice, tutorial: FirefoxTutorial): Promise<string | null> {
  if (!tutorial) return null;
  if (tutorial.kind === 'file') {
    await practice.storage.set(packStartItems(tutorial.pack));
    return tutorial.pack.id;
  }
  type Stored = { pack: { sections: { steps: { id: string }[] }[] } };
  const stored = await waitFor(`the built-in pack ${tutorial.id}`, async () => (await practice.storage.get())[`pack.${tutorial.id}`] as Stored | undefined, 15_000);
  const first = stored.pack.sections[0]?.steps[0]?.id;
  if (!first) throw new Error(`The built-in pack ${tutorial.id} has no steps`);
  await practice.storage.set({ activePack: { packId: tutorial.id, stepId: first } });
  return tutorial.id;
}

/** Press a button of the coach (its shadow root is open in the test build) with the mouse. */
async function pressCoach(page: Page, label: string): Promise<void> {
  const at = await waitFor(`the coach's "${label}"`, () =>
    page.evaluate((wanted) => {
      const button = [...(document.querySelector('console-coach-overlay')?.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim() === wanted);
      const r = button?.getBoundingClientRect();
      return r && r.width > 0 ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
    }, label),
  );
  await page.mouse.click(at.x, at.y);
}

/** The tour of scripts/tour.ts in Firefox: each page's PNG, and whether the coach's element was there. */
async function takeTourScreenshots(page: Page, outDir: string) {
  const shots: { file: string; url: string; overlay: boolean }[] = [];
  for (const { file, url, openCoach } of TOUR) {
    await page.goto(url);
    await waitFor(`a heading on ${url}`, () => page.evaluate(() => !!document.querySelector('h1')), 15_000);
    const overlay = await waitFor('the coach', () => page.evaluate(() => !!document.querySelector('console-coach-overlay')), 5_000).catch(() => false);
    // The README's picture shows the coach opened, not just its pill.
    if (overlay && openCoach) {
      await pressCoach(page, 'Show Console Coach');
      // Opening loads the overlay module: wait for the open dock, not for a time.
      await waitFor('the open dock', () => page.evaluate(() => !!document.querySelector('console-coach-overlay')?.shadowRoot?.querySelector('section[data-cc="dock"]')));
    }
    await page.screenshot({ path: join(outDir, file) as `${string}.png` });
    shots.push({ file, url, overlay });
  }
  return shots;
}

export async function startFirefox({ headless, backend, tutorial, outDir }: { headless: boolean; backend: PracticeBackend; tutorial: FirefoxTutorial; outDir: string }): Promise<void> {
  const practice = await launchFirefoxPractice({ headless, backend, ...(headless ? {} : { viewport: null }) });
  if (headless) {
    try {
      const page = await practice.browser.newPage();
      const shots = await takeTourScreenshots(page, outDir);
      const withOverlay = shots.filter((s) => s.overlay).length;
      console.log(`\nSaved ${shots.length} screenshots to ${outDir} (Firefox)`);
      for (const shot of shots) console.log(`  ${shot.overlay ? '✓' : '✖'} ${shot.file}  ${shot.url}`);
      console.log(`The extension's overlay element was present on ${withOverlay} of ${shots.length} pages.`);
      if (withOverlay !== shots.length) process.exitCode = 1;
      if (tutorial) {
        await page.goto(IAM_DASHBOARD);
        const packId = await startTutorial(practice, tutorial);
        type Callout = { stepId: string | null; state: string | null };
        const read = () =>
          page.evaluate(() => {
            const callout = document.querySelector('console-coach-overlay')?.shadowRoot?.querySelector('[data-cc="callout"]');
            return { stepId: callout?.getAttribute('data-step-id') ?? null, state: callout?.getAttribute('data-state') ?? null };
          });
        // Wait for the callout to settle on its target (or say why it cannot), not for a fixed time.
        const callout: Callout = await waitFor('the first callout', async () => {
          const now = await read();
          return now.state && now.state !== 'waiting' ? now : null;
        }, 15_000).catch(() => read());
        const file = join(outDir, `pack-${packId}-step-1.png`) as `${string}.png`;
        await page.screenshot({ path: file });
        console.log(`Pack "${packId}": first step "${callout.stepId}" is ${callout.state} → ${file}`);
      }
    } finally {
      await practice.close();
    }
    return;
  }
  const page = (await practice.webPages())[0] ?? (await practice.browser.newPage());
  await page.goto(IAM_DASHBOARD);
  const started = await startTutorial(practice, tutorial);
  console.log(started ? `Started "${started}": follow the callouts. (Another: --pack ID or --pack FILE; none: --no-pack.)` : 'No tutorial started: choose one from the extension’s popup.');
  console.log('\nConsole Coach is running in Firefox on the practice console (the toolbar button may be in the extensions menu, the puzzle piece). Close the browser window (or press Ctrl+C) to stop.');
  const stop = async () => {
    await practice.close().catch(() => undefined);
    process.exit(0);
  };
  practice.browser.on('disconnected', () => process.exit(0));
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}
