import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { pageCatalogue } from './packs/catalogue/vite-plugin';
import { localeTables } from './packs/locales/vite-plugin';

const ALL = 'test/unit/**/*.test.{ts,tsx}';
/** Files that replace a module with vi.mock: they get a module graph of their own. */
const MOCKING = ['test/unit/overlay/loader.test.ts'];

export default defineConfig({
  plugins: [WxtVitest(), pageCatalogue(), localeTables()],
  test: {
    environment: 'node',
    restoreMocks: true,
    pool: 'threads',
    // The coach's words come from browser.i18n: the English messages in every test file.
    setupFiles: ['test/support/i18n-setup.ts'],
    // A guard against hangs, not a speed check: on a busy two-core machine the first jsdom
    // fixture or ESLint load of a file can take several seconds.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    projects: [
      // Most files share one module graph per worker (each test resets the fake browser it
      // uses): the suite runs in a third of the time it takes when every file loads everything anew.
      { extends: true, test: { name: 'unit', include: [ALL], exclude: MOCKING, isolate: false } },
      { extends: true, test: { name: 'unit (own modules)', include: MOCKING, isolate: true } },
    ],
  },
});
