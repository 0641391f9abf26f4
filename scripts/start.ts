/**
 * `npm start`: build the extension and the practice console, then open Chromium with the extension
 * loaded, its icon pinned in the toolbar, and a built-in tutorial running on the practice console.
 *
 *   npm start                          a browser window with `iam-first-steps` running (needs a display)
 *   npm start -- --pack secure-your-aws-account    another built-in pack, by id
 *   npm start -- --pack my-pack.yaml   try your own pack file: validated, installed and started
 *   npm start -- --no-pack             no tutorial running: choose one from the extension's popup
 *   npm start -- --console legacy,narrow-header    console variants (see test/practice-console/README.md)
 *   npm start -- --lang ja             the practice console in Japanese (ja, de, en; also --browser firefox --lang de)
 *   npm start -- --headless            visit the main pages, save PNG screenshots, print where, exit
 *   npm start -- --headless --out docs/images
 *   npm start -- --no-build            skip both builds (use what the last build left)
 *   npm start -- --browser firefox     the same in Firefox ESR (scripts/start-firefox.ts)
 *
 * With no display (no DISPLAY or WAYLAND_DISPLAY on Linux) it runs headless automatically.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { BrowserContext, Worker } from '@playwright/test';
import { CHROME_EXTENSION_DIR, launchPracticeBrowser, ROOT_DIR } from '../test/support/launch';
import { takeTourScreenshots } from './tour';
import { readPack, startPack } from '../test/support/packs';
import { createPracticeBackend } from '../test/practice-console/server/practice-server';
import { LANGUAGES, checkLanguage, type Language } from '../test/practice-console/src/i18n/languages';
import { describeVariantSyntax, formatVariantChanges, parseVariantsStrict, type PracticeVariants } from '../test/practice-console/src/variants';
import type { Pack } from '../packs/format/load';
import { startFirefox } from './start-firefox';

const args = process.argv.slice(2);
const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const headless = args.includes('--headless') || noDisplay;
const valueOf = (flag: string) => {
  const index = args.indexOf(flag);
  if (index < 0) return undefined;
  const value = args[index + 1];
  if (!value || value.startsWith('--')) {
    console.error(`${flag} needs a value (npm start -- ${flag} VALUE)`);
    process.exit(2);
  }
  return value;
};
const outDir = resolve(valueOf('--out') ?? join(ROOT_DIR, 'screenshots'));
const browserName = valueOf('--browser') ?? 'chromium';
if (browserName !== 'chromium' && browserName !== 'firefox') {
  console.error(`--browser is chromium (default) or firefox, not "${browserName}"`);
  process.exit(2);
}

const BUILTIN_DIR = join(ROOT_DIR, 'packs', 'builtin');
const DEFAULT_PACK = 'iam-first-steps';
const builtinIds = () => readdirSync(BUILTIN_DIR).filter((f) => f.endsWith('.yaml')).map((f) => basename(f, '.yaml'));

function step(label: string, command: string[]) {
  console.log(`▸ ${label}`);
  const result = spawnSync(command[0]!, command.slice(1), { cwd: ROOT_DIR, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) {
    console.error(`✖ ${label} failed (${command.join(' ')}). Run it alone to see the whole output.`);
    process.exit(1);
  }
}

/** What to run: a built-in pack by id (the extension has it already), or a pack file to install. */
type Tutorial = { kind: 'builtin'; id: string } | { kind: 'file'; pack: Pack } | null;

function chooseTutorial(): Tutorial {
  if (args.includes('--no-pack')) return null;
  const asked = valueOf('--pack') ?? DEFAULT_PACK;
  const looksLikeFile = /\.(ya?ml|json)$/i.test(asked) || asked.includes('/');
  if (!looksLikeFile) {
    if (builtinIds().includes(asked)) return { kind: 'builtin', id: asked };
    console.error(`✖ No built-in pack "${asked}". Built-in packs: ${builtinIds().join(', ')}; or give a pack file (.yaml, .yml, .json).`);
    process.exit(2);
  }
  if (!existsSync(resolve(asked))) {
    console.error(`✖ No pack file at ${resolve(asked)}.`);
    process.exit(2);
  }
  try {
    return { kind: 'file', pack: readPack(resolve(asked)) };
  } catch (error) {
    console.error(`✖ The pack has problems:\n${(error as Error).message}`);
    process.exit(1);
  }
}

function chooseVariants(): Partial<PracticeVariants> {
  const text = valueOf('--console');
  if (!text) return {};
  try {
    return parseVariantsStrict(text, '--console');
  } catch (error) {
    console.error(`✖ ${(error as Error).message}`);
    process.exit(2);
  }
}

function chooseLanguage(): Language | undefined {
  const text = valueOf('--lang');
  if (!text) return undefined;
  try {
    return checkLanguage(text, '--lang');
  } catch (error) {
    console.error(`✖ ${(error as Error).message}`);
    process.exit(2);
  }
}

/**
 * The id Chromium gives an extension loaded from a folder: the SHA-256 of its absolute path, first
 * 32 hex digits written with the letters a–p.
 */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

/** A fresh profile whose preferences pin the extension's icon in the toolbar (Chromium hides it in the puzzle menu otherwise). */
function profileWithPinnedExtension(extensionId: string): string {
  const userDataDir = mkdtempSync(join(tmpdir(), 'console-coach-start-'));
  mkdirSync(join(userDataDir, 'Default'), { recursive: true });
  writeFileSync(join(userDataDir, 'Default', 'Preferences'), JSON.stringify({ extensions: { pinned_extensions: [extensionId] } }));
  return userDataDir;
}

async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** Make a built-in pack the running one, at its first step, once the extension has put it into its library. */
async function startBuiltinPack(worker: Worker, packId: string): Promise<void> {
  await worker.evaluate(async (id) => {
    // The global `chrome` type of test/support knows only a few calls; this one also listens.
    const api = chrome as unknown as {
      storage: {
        local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
        onChanged: { addListener(listener: (changes: Record<string, { newValue?: unknown }>) => void): void };
      };
    };
    type Stored = { pack: { sections: { steps: { id: string }[] }[] } };
    const key = `pack.${id}`;
    // No named functions in here: tsx would wrap them in a helper the service worker does not have.
    const stored = await new Promise<Stored>((resolveStored) => {
      api.storage.onChanged.addListener((changes) => {
        if (changes[key]?.newValue) resolveStored(changes[key].newValue as Stored);
      });
      void api.storage.local.get(key).then((found) => {
        if (found[key]) resolveStored(found[key] as Stored);
      });
    });
    const first = stored.pack.sections[0]?.steps[0]?.id;
    if (!first) throw new Error(`The built-in pack ${id} has no steps`);
    await api.storage.local.set({ activePack: { packId: id, stepId: first } });
  }, packId);
}

async function startTutorial(context: BrowserContext, tutorial: Tutorial): Promise<string | null> {
  if (!tutorial) return null;
  const worker = await serviceWorkerOf(context);
  if (tutorial.kind === 'builtin') {
    await startBuiltinPack(worker, tutorial.id);
    return tutorial.id;
  }
  await startPack(worker, tutorial.pack);
  return tutorial.pack.id;
}

const tutorial = chooseTutorial();
const consoleVariants = chooseVariants();
const consoleLanguage = chooseLanguage();

const firefox = browserName === 'firefox';
if (args.includes('--no-build')) {
  console.log(`▸ Using the existing builds (.output/${firefox ? 'firefox' : 'chrome'}-mv3-test, test/practice-console/dist)`);
} else {
  // The test build: the product with its overlay's shadow root open, so the tour can press the coach's buttons.
  step(`Building the extension${firefox ? ' for Firefox' : ''}`, ['npx', 'wxt', 'build', ...(firefox ? ['-b', 'firefox'] : []), '--mode', 'test']);
  step('Building the practice console', ['npx', 'vite', 'build', '--config', 'test/practice-console/vite.config.ts']);
}

const IAM_DASHBOARD = 'https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/home';
const backend = createPracticeBackend({ variants: consoleVariants, ...(consoleLanguage ? { language: consoleLanguage } : {}) });
const variantNote = formatVariantChanges(backend.variants);
console.log(`Practice console: ${variantNote ? `variants ${variantNote}` : 'default variants'} (choose with --console; known: ${describeVariantSyntax()})`);
console.log(`Practice console language: ${backend.language} (choose with --lang: ${LANGUAGES.join(', ')})`);

if (firefox) {
  if (headless && noDisplay && !args.includes('--headless')) console.log('No display found: running headless.');
  if (headless) mkdirSync(outDir, { recursive: true });
  await startFirefox({ headless, backend, tutorial, outDir });
} else if (headless) {
  if (noDisplay && !args.includes('--headless')) console.log('No display found: running headless.');
  const { context, userDataDir } = await launchPracticeBrowser({ headless: true, backend });
  try {
    mkdirSync(outDir, { recursive: true });
    const shots = await takeTourScreenshots(context, outDir);
    const withOverlay = shots.filter((s) => s.overlay).length;
    console.log(`\nSaved ${shots.length} screenshots to ${outDir}`);
    for (const shot of shots) console.log(`  ${shot.overlay ? '✓' : '✖'} ${shot.file}  ${shot.url}`);
    console.log(`The extension's overlay element was present on ${withOverlay} of ${shots.length} pages.`);
    if (withOverlay !== shots.length) process.exitCode = 1;
    if (tutorial) await screenshotFirstStep(context, tutorial, outDir);
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
} else {
  const extensionId = unpackedExtensionId(CHROME_EXTENSION_DIR);
  const { context, userDataDir } = await launchPracticeBrowser({ headless: false, viewport: null, backend, userDataDir: profileWithPinnedExtension(extensionId) });
  const worker = await serviceWorkerOf(context);
  const loadedId = new URL(worker.url()).host;
  if (loadedId !== extensionId) console.warn(`The extension loaded as ${loadedId}, not ${extensionId}: its icon may not be pinned.`);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(IAM_DASHBOARD);
  const started = await startTutorial(context, tutorial);
  console.log(started ? `Started "${started}": follow the callouts. (Another: --pack ID or --pack FILE; none: --no-pack.)` : 'No tutorial started: choose one from the extension’s popup.');
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

/** With a tutorial and no window: start it and save what its first step looks like. */
async function screenshotFirstStep(context: BrowserContext, chosen: NonNullable<Tutorial>, dir: string) {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(IAM_DASHBOARD);
  const packId = await startTutorial(context, chosen);
  const callout = page.locator('console-coach-overlay [data-cc="callout"]');
  await callout.waitFor({ timeout: 15_000 });
  // Wait for the callout to settle on its target (or say why it cannot), not for a fixed time.
  await page
    .locator('console-coach-overlay [data-cc="callout"]:not([data-state="waiting"])')
    .waitFor({ timeout: 15_000 })
    .catch(() => undefined);
  const file = join(dir, `pack-${packId}-step-1.png`);
  await page.screenshot({ path: file });
  console.log(`Pack "${packId}": first step "${await callout.getAttribute('data-step-id')}" is ${await callout.getAttribute('data-state')} → ${file}`);
}
