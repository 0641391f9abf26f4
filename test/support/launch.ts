import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { createPracticeBackend, routePracticeConsole, type PracticeBackend } from '../practice-console/server/practice-server';

export const ROOT_DIR = join(import.meta.dirname, '..', '..');
export const PRACTICE_DIST = join(ROOT_DIR, 'test', 'practice-console', 'dist');
/**
 * The test build (`wxt build --mode test`, part of `npm run build`): the product with its overlay's
 * shadow root open, so Playwright and the DESIGN.md §4 hooks can see inside. Every browser test uses it.
 */
export const CHROME_EXTENSION_DIR = join(ROOT_DIR, '.output', 'chrome-mv3-test');
/** The production build (closed shadow root), for the tests that check what ships. */
export const CHROME_PRODUCTION_DIR = join(ROOT_DIR, '.output', 'chrome-mv3');

/** Debian's Chromium unless CHROMIUM_PATH says otherwise; Playwright cannot download browsers here. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. Install it (Debian/Ubuntu: apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary.`,
    );
  }
  return path;
}

export interface LaunchOptions {
  headless: boolean;
  /** Load the built extension (default: yes). */
  withExtension?: boolean;
  extensionDir?: string;
  backend?: PracticeBackend;
  viewport?: { width: number; height: number } | null;
  /** A Chromium profile to reuse (a browser restart); a new one by default. */
  userDataDir?: string;
}

export interface PracticeBrowser {
  context: BrowserContext;
  backend: PracticeBackend;
  userDataDir: string;
  /** Every request that tried to leave the machine (refused): the extension must make none. */
  refusedRequests: string[];
}

/**
 * Chromium with the extension loaded and the practice console answering for the console and
 * sign-in hosts and for `https://aws.amazon.com/console/…` (where sign-out ends); every other
 * request is refused so nothing leaves the machine. The console variants come with the backend
 * (`createPracticeBackend({ variants })`, else `PRACTICE_VARIANTS`).
 */
export async function launchPracticeBrowser(options: LaunchOptions): Promise<PracticeBrowser> {
  const extensionDir = options.extensionDir ?? CHROME_EXTENSION_DIR;
  const withExtension = options.withExtension ?? true;
  if (withExtension && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}. Run \`npm run build\` first.`);
  }
  if (!existsSync(join(PRACTICE_DIST, 'index.html'))) {
    throw new Error(`No built practice console in ${PRACTICE_DIST}. Run \`npm run build:practice\` first.`);
  }
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'console-coach-chromium-'));
  const args = [
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--disable-features=DisableLoadExtensionCommandLineSwitch',
  ];
  if (withExtension) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: options.headless,
    args,
    viewport: options.viewport === undefined ? { width: 1440, height: 900 } : options.viewport,
    ignoreDefaultArgs: ['--disable-extensions'],
  });
  const backend = options.backend ?? createPracticeBackend();
  // Registered first so it runs last: anything the practice console does not answer is refused.
  const refusedRequests: string[] = [];
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    (route) => {
      refusedRequests.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  await routePracticeConsole(context, { distDir: PRACTICE_DIST, backend });
  return { context, backend, userDataDir, refusedRequests };
}
