import { defineConfig } from '@playwright/test';
import { within } from './test/support/timeouts';

// Each test launches its own Chromium with the built extension (see test/e2e/fixtures.ts), so
// there are no browser projects here. Two cores: two workers at most.
export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/e2e',
  // Hang guards, stretched on slower or busier machines (test/support/timeouts.ts).
  timeout: within(60_000),
  expect: { timeout: within(10_000) },
  // Every test has its own browser and account: spread them over both workers, file or not.
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-results.json' }]],
  use: {
    screenshot: 'only-on-failure',
    // Recording a trace of every test (DOM snapshots, a screencast) made a whole pack's play 40 %
    // slower (40.7 s against 24.1 s): to debug a failure, run again with --trace retain-on-failure.
    trace: 'off',
  },
});
