import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { contextCookies, createPracticeBackend, createPracticeResponder, type PracticeBackend, type PracticeCookies } from '../practice-console/server/practice-server';
import { startPracticeProxy } from '../practice-console/server/practice-proxy';

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

/** Chromium features off: Playwright's background-traffic ones, since our list replaces its list, and ours. */
const DISABLED_FEATURES = [
  'DisableLoadExtensionCommandLineSwitch',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'AutofillServerCommunication',
  'MediaRouter',
];

export interface LaunchOptions {
  headless: boolean;
  /** Load the built extension (default: yes). */
  withExtension?: boolean;
  extensionDir?: string;
  backend?: PracticeBackend;
  viewport?: { width: number; height: number } | null;
  /** A Chromium profile to reuse (a browser restart); a new one by default. */
  userDataDir?: string;
  /** The browser's UI language (`--lang`, and the pages' locale), e.g. 'ja' or 'de'; the system's (English here) by default. */
  language?: string;
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
  const backend = options.backend ?? createPracticeBackend();
  // The browser's cookie jar, once the browser is up (the practice console keeps its variants there).
  const jar: { cookies?: PracticeCookies } = {};
  const lateCookies: PracticeCookies = {
    get: (url, name) => jar.cookies!.get(url, name),
    set: (cookie) => jar.cookies!.set(cookie),
    clear: (name) => jar.cookies!.clear(name),
  };
  const proxy = await startPracticeProxy({ respond: await createPracticeResponder({ distDir: PRACTICE_DIST, cookies: lateCookies }), backend: () => backend });
  const args = [
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    // One --disable-features counts (the last): Playwright's own list, whose network switches are
    // kept here, and ours (load an unpacked extension; no form-data uploads to Google).
    `--disable-features=${DISABLED_FEATURES.join(',')}`,
    // Every request goes to the practice proxy, which trusts only its own certificate's key.
    `--proxy-server=${proxy.server}`,
    '--proxy-bypass-list=<-loopback>', // this machine's addresses too
    `--ignore-certificate-errors-spki-list=${proxy.spkiHash}`,
  ];
  if (withExtension) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  // The extension's messages follow the browser's UI language (chrome.i18n), which --lang sets.
  if (options.language) args.push(`--lang=${options.language}`);
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath(),
      headless: options.headless,
      args,
      viewport: options.viewport === undefined ? { width: 1440, height: 900 } : options.viewport,
      ignoreDefaultArgs: ['--disable-extensions'],
      ...(options.language ? { locale: options.language } : {}),
    });
  } catch (error) {
    await proxy.close();
    throw error;
  }
  jar.cookies = contextCookies(context);
  context.on('close', () => void proxy.close());
  return { context, backend, userDataDir, refusedRequests: proxy.refusedRequests };
}
