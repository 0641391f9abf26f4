import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { pageCatalogue } from './packs/catalogue/vite-plugin';

export default defineConfig({
  plugins: [WxtVitest(), pageCatalogue()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    restoreMocks: true,
    // A guard against hangs, not a speed check: on a busy two-core machine the first jsdom
    // fixture or ESLint load of a file can take several seconds.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
