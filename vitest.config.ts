import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { pageCatalogue } from './packs/vite-plugin-catalogue';

export default defineConfig({
  plugins: [WxtVitest(), pageCatalogue()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    restoreMocks: true,
  },
});
