import { rmSync } from 'node:fs';
import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { launchPracticeBrowser, type PracticeBrowser } from '../support/launch';
import { createPracticeBackend, type PracticeBackend } from '../practice-console/server/practice-server';

export const IAM_HOME = 'https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/home';
export const iamUrl = (hash: string) => `https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#${hash}`;

/** Options a describe block can set with `test.use`: how the practice console behaves, the window size. */
interface Options {
  /** Practice-console variants, as in `npm start -- --console` (test/practice-console/README.md); '' = today's defaults. */
  consoleVariants: string;
  /** The browser window; null = the launcher's default (1440×900). */
  windowSize: { width: number; height: number } | null;
  /** The practice console's language (`en`, `ja`, `de`), as a learner's `noflush_locale` would choose it. */
  consoleLanguage: string;
  /** The browser's UI language, e.g. 'ja' or 'de'; null = the system's (English). */
  browserLanguage: string | null;
}

interface Fixtures {
  practice: PracticeBrowser;
  context: BrowserContext;
  backend: PracticeBackend;
  serviceWorker: Worker;
  extensionId: string;
  page: Page;
}

/**
 * Every test gets a fresh Chromium with the built extension, its own extension storage and a
 * fresh practice account. Page errors fail the test: the practice console must not throw either.
 */
export const test = base.extend<Fixtures & Options>({
  consoleVariants: ['', { option: true }],
  windowSize: [null, { option: true }],
  consoleLanguage: ['en', { option: true }],
  browserLanguage: [null, { option: true }],
  practice: async ({ consoleVariants, windowSize, consoleLanguage, browserLanguage }, use) => {
    const backend = createPracticeBackend({ ...(consoleVariants ? { variants: consoleVariants } : {}), language: consoleLanguage });
    const practice = await launchPracticeBrowser({ headless: true, backend, ...(windowSize ? { viewport: windowSize } : {}), ...(browserLanguage ? { language: browserLanguage } : {}) });
    await use(practice);
    await practice.context.close();
    rmSync(practice.userDataDir, { recursive: true, force: true });
    // Nothing in any test may try to reach the network: not the practice console, not the extension.
    expect(practice.refusedRequests, 'requests that tried to leave the machine').toEqual([]);
  },
  context: async ({ practice }, use) => use(practice.context),
  backend: async ({ practice }, use) => use(practice.backend),
  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => use(new URL(serviceWorker.url()).host),
  page: async ({ context }, use) => {
    const page = context.pages()[0] ?? (await context.newPage());
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await use(page);
    expect(errors, 'uncaught errors on the page').toEqual([]);
  },
});

export { expect };

/** The overlay's host element; Playwright's CSS engine pierces its shadow root, open in the test build the browser tests load. */
export const overlayHost = (page: Page) => page.locator('console-coach-overlay');
