import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { PRACTICE_DIST, ROOT_DIR } from '../launch';
import { createPracticeBackend, type PracticeBackend } from '../../practice-console/server/practice-server';
import { bidiSession, interceptPracticeConsole, type BidiSession, type ExtraPages, type PracticeInterception } from './bidi-network';
import { waitFor } from './wait';

/** The Firefox test build (`wxt build -b firefox --mode test`): the product with its overlay's shadow root open. */
export const FIREFOX_EXTENSION_DIR = join(ROOT_DIR, '.output', 'firefox-mv3-test');
/** The add-on id (browser_specific_settings.gecko.id in wxt.config.ts). */
export const FIREFOX_ADDON_ID = 'console-coach@console-coach.dev';
/**
 * Firefox gives each installed extension a random moz-extension:// host; the tests fix it through
 * the `extensions.webextensions.uuids` preference so they can open the popup by its address.
 */
export const FIREFOX_EXTENSION_UUID = '6c0c0a5e-c0de-4c0c-8c0a-c0ac4c0ac4c0';
export const FIREFOX_EXTENSION_ORIGIN = `moz-extension://${FIREFOX_EXTENSION_UUID}`;

/** Debian's Firefox ESR unless FIREFOX_PATH says otherwise; no browser is downloaded. */
export function firefoxPath(): string {
  const candidates = process.env.FIREFOX_PATH ? [process.env.FIREFOX_PATH] : ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(`Firefox not found at ${candidates.join(' or ')}. Install it (Debian/Ubuntu: apt-get install -y firefox-esr) or set FIREFOX_PATH to a Firefox binary (ESR 153 or newer).`);
  }
  return found;
}

export interface FirefoxLaunchOptions {
  headless: boolean;
  extensionDir?: string;
  backend?: PracticeBackend;
  /** The page size; the Chromium tests use 1440×900 too. */
  viewport?: { width: number; height: number } | null;
}

export interface FirefoxPractice {
  browser: Browser;
  bidi: BidiSession;
  /** The practice account the console pages answer from (swap it for a fresh one with `useBackend`). */
  readonly backend: PracticeBackend;
  useBackend(backend: PracticeBackend): void;
  /** Serve other sites for a while (null: none), e.g. to show the coach stays off them. */
  serveExtraPages(pages: ExtraPages | null): void;
  network: PracticeInterception;
  /** Open one of the extension's pages (popup.html, options.html) in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** Tabs showing web pages (not the extension's own), oldest first. */
  webPages(): Promise<Page[]>;
  /** The extension's storage.local, read and written from an extension page. */
  storage: {
    get(): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
    clear(): Promise<void>;
  };
  /** Run `fn(browser API)` in an extension page (the event page's API, as the popup sees it). */
  inExtension<T, A>(fn: (arg: A) => Promise<T>, arg: A): Promise<T>;
  close(): Promise<void>;
}

/**
 * Firefox ESR with the built extension installed as a temporary add-on (WebDriver BiDi
 * `webExtension.install`, unsigned is fine) and the practice console answering for the console
 * and sign-in hosts; every other request refused, so nothing leaves the machine.
 */
export async function launchFirefoxPractice(options: FirefoxLaunchOptions): Promise<FirefoxPractice> {
  const extensionDir = options.extensionDir ?? FIREFOX_EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No built extension in ${extensionDir}. Run \`npm run build:test\` first.`);
  if (!existsSync(join(PRACTICE_DIST, 'index.html'))) throw new Error(`No built practice console in ${PRACTICE_DIST}. Run \`npm run build:practice\` first.`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: options.headless,
    defaultViewport: options.viewport === undefined ? { width: 1440, height: 900 } : options.viewport,
    // WebDriver BiDi navigates only to web addresses unless the browser allows system access:
    // needed to open moz-extension:// pages (the popup, the library) as tabs.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_EXTENSION_UUID }),
      // permissions.request (the popup's "Allow" button) is answered without Firefox's prompt, which no test can press.
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  try {
    const bidi = bidiSession(browser);
    let backend = options.backend ?? createPracticeBackend();
    let extraPages: ExtraPages | null = null;
    const network = await interceptPracticeConsole(bidi, { distDir: PRACTICE_DIST, backend: () => backend, extraPages: () => extraPages });
    await browser.installExtension(extensionDir);

    const extensionPages = new WeakSet<Page>();
    const openExtensionPage = async (path: string) => {
      const page = await browser.newPage();
      extensionPages.add(page);
      const context = (page.mainFrame() as unknown as { browsingContext: { id: string } }).browsingContext.id;
      // Firefox reports no load event for extension documents, so puppeteer's goto would wait for
      // ever: navigate through BiDi, then wait for the page's own state.
      await bidi.send('browsingContext.navigate', { context, url: `${FIREFOX_EXTENSION_ORIGIN}/${path.replace(/^\//, '')}`, wait: 'none' });
      await waitFor(`${path} to load`, () => page.evaluate(() => location.protocol === 'moz-extension:' && document.readyState === 'complete'));
      return page;
    };
    // One extension tab for the tests' storage reads and writes.
    const helper = await openExtensionPage('popup.html');
    const inExtension = <T, A>(fn: (arg: A) => Promise<T>, arg: A) => helper.evaluate(fn as never, arg as never) as Promise<T>;
    type StorageApi = { storage: { local: { get(k: null): Promise<Record<string, unknown>>; set(i: Record<string, unknown>): Promise<void>; clear(): Promise<void> } } };

    const practice: FirefoxPractice = {
      browser,
      bidi,
      get backend() {
        return backend;
      },
      useBackend: (next) => (backend = next),
      serveExtraPages: (pages) => (extraPages = pages),
      network,
      openExtensionPage,
      webPages: async () => (await browser.pages()).filter((p) => !extensionPages.has(p) && /^https?:/.test(p.url())),
      storage: {
        get: () => helper.evaluate(() => (globalThis as unknown as { browser: StorageApi }).browser.storage.local.get(null)),
        set: async (items) => {
          await helper.evaluate((i) => (globalThis as unknown as { browser: StorageApi }).browser.storage.local.set(i), items);
        },
        clear: async () => {
          await helper.evaluate(() => (globalThis as unknown as { browser: StorageApi }).browser.storage.local.clear());
        },
      },
      inExtension,
      close: async () => {
        if (network.errors.length) console.warn(`Firefox practice console: ${network.errors.length} request(s) not answered:\n  ${network.errors.slice(0, 10).join('\n  ')}`);
        await browser.close();
      },
    };
    return practice;
  } catch (error) {
    await browser.close();
    throw error;
  }
}
