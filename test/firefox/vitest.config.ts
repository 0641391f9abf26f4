import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { within } from '../support/timeouts';

/**
 * The Firefox suite (`npm run test:firefox`): the built extension in Firefox ESR, driven by
 * puppeteer-core over WebDriver BiDi. One browser for the whole suite, so one file, one fork.
 */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    name: 'firefox',
    include: ['test/firefox/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    // Hang guards, stretched on slower or busier machines (test/support/timeouts.ts).
    testTimeout: within(90_000),
    hookTimeout: within(90_000),
  },
});
