import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { consoleHostPatterns } from './content/console/hosts';
import { pageCatalogue } from './packs/vite-plugin-catalogue';

// The extension's footprint is deliberately tiny: `storage` and the console/sign-in hosts, nothing else.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader sees where each name comes from.
  imports: false,
  outDir: '.output',
  manifest: ({ browser }) => ({
    name: 'Console Coach',
    description:
      'Step-by-step callouts that guide you through the AWS Management Console, from tutorial packs your instructor writes.',
    permissions: ['storage'],
    host_permissions: [...consoleHostPatterns],
    action: { default_title: 'Console Coach' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'console-coach@console-coach.dev',
              // 142 is the first version that knows data_collection_permissions.
              strict_min_version: '142.0',
              // The extension collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  vite: () => ({
    plugins: [preact(), pageCatalogue()],
    // Vite's modulepreload polyfill fetches chunks; extension pages load their own files without it,
    // and the bundles then contain no fetch at all (checked by test/e2e/least-privilege.spec.ts).
    build: { modulePreload: { polyfill: false } },
    resolve: {
      alias: {
        // The Markdown parser's browser build decodes entities through innerHTML; its table-based
        // build does the same without touching any HTML sink.
        'decode-named-character-reference': fileURLToPath(new URL('./node_modules/decode-named-character-reference/index.js', import.meta.url)),
      },
    },
  }),
  zip: {
    // The sources zip is for store review: the extension's own code, not the test bed.
    excludeSources: ['test/**', 'bench/**', 'docs/**', 'dist/**', 'screenshots/**', 'test-results/**'],
  },
  webExt: {
    // `npm run dev` builds and watches; launching a browser from web-ext cannot work on machines
    // without a display or a downloadable browser, so `npm start` is the way to run it here.
    disabled: true,
  },
});
