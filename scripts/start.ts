/**
 * `npm start`: build the extension and the practice console, then open Chromium with the extension
 * loaded and the console hosts answered by the practice console, on the IAM dashboard.
 *
 *   npm start                      a browser window to try it in (needs a display)
 *   npm start -- --headless        visit the main pages, save PNG screenshots, print where, exit
 *   npm start -- --headless --out docs/images
 *   npm start -- --pack my-pack.yaml   try a pack: validated, installed and started on the practice console
 *
 * With no display (no DISPLAY or WAYLAND_DISPLAY on Linux) it runs headless automatically.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { launchPracticeBrowser, ROOT_DIR } from '../test/support/launch';
import { takeTourScreenshots } from './tour';
import { readPack, startPack } from '../test/support/packs';
import type { Pack } from '../packs/format/load';

const args = process.argv.slice(2);
const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const headless = args.includes('--headless') || noDisplay;
const outIndex = args.indexOf('--out');
const outDir = resolve(outIndex >= 0 && args[outIndex + 1] ? args[outIndex + 1]! : join(ROOT_DIR, 'screenshots'));

function step(label: string, command: string[]) {
  console.log(`▸ ${label}`);
  const result = spawnSync(command[0]!, command.slice(1), { cwd: ROOT_DIR, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) {
    console.error(`✖ ${label} failed (${command.join(' ')}). Run it alone to see the whole output.`);
    process.exit(1);
  }
}

const packIndex = args.indexOf('--pack');
let pack: Pack | null = null;
if (packIndex >= 0) {
  const file = args[packIndex + 1];
  if (!file) {
    console.error('--pack needs a pack file: npm start -- --pack my-pack.yaml');
    process.exit(2);
  }
  try {
    pack = readPack(resolve(file));
  } catch (error) {
    console.error(`✖ The pack has problems:\n${(error as Error).message}`);
    process.exit(1);
  }
}

// The test build: the product with its overlay's shadow root open, so the tour can press the coach's buttons.
step('Building the extension', ['npx', 'wxt', 'build', '--mode', 'test']);
step('Building the practice console', ['npx', 'vite', 'build', '--config', 'test/practice-console/vite.config.ts']);

const IAM_DASHBOARD = 'https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/home';

if (headless) {
  if (noDisplay && !args.includes('--headless')) console.log('No display found: running headless.');
  const { context, userDataDir } = await launchPracticeBrowser({ headless: true });
  try {
    mkdirSync(outDir, { recursive: true });
    const shots = await takeTourScreenshots(context, outDir);
    const withOverlay = shots.filter((s) => s.overlay).length;
    console.log(`\nSaved ${shots.length} screenshots to ${outDir}`);
    for (const shot of shots) console.log(`  ${shot.overlay ? '✓' : '✖'} ${shot.file}  ${shot.url}`);
    console.log(`The extension's overlay element was present on ${withOverlay} of ${shots.length} pages.`);
    if (withOverlay !== shots.length) process.exitCode = 1;
    if (pack) await screenshotFirstStep(context, pack, outDir);
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
} else {
  const { context, userDataDir } = await launchPracticeBrowser({ headless: false, viewport: null });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(IAM_DASHBOARD);
  if (pack) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await startPack(worker, pack);
    console.log(`Started "${pack.title}" (${pack.id}): follow the callouts.`);
  }
  console.log('\nConsole Coach is running on the practice console. Close the browser window (or press Ctrl+C) to stop.');
  const stop = async () => {
    await context.close().catch(() => undefined);
    rmSync(userDataDir, { recursive: true, force: true });
    process.exit(0);
  };
  context.on('close', () => void stop());
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

/** With --pack and no window: start the pack and save what its first step looks like. */
async function screenshotFirstStep(context: BrowserContext, pack: Pack, dir: string) {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(IAM_DASHBOARD);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await startPack(worker, pack);
  const callout = page.locator('console-coach-overlay [data-cc="callout"]');
  await callout.waitFor({ timeout: 15_000 });
  await page.waitForTimeout(500);
  const file = join(dir, `pack-${pack.id}-step-1.png`);
  await page.screenshot({ path: file });
  console.log(`Pack "${pack.title}": first step "${await callout.getAttribute('data-step-id')}" is ${await callout.getAttribute('data-state')} → ${file}`);
}
