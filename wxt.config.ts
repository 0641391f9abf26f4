import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { consoleHostPatterns, overlayModuleMatches } from './packs/catalogue/hosts';
import { pageCatalogue } from './packs/catalogue/vite-plugin';
import { localeTables } from './packs/locales/vite-plugin';
import { bundleReport } from './scripts/vite-plugin-bundle-report';
import { buildOverlayModule } from './scripts/build-overlay-module';
import { ON_DEMAND_MODULES } from './overlay/loader';
import { AUTHOR_MODE_COMMAND } from './state/keys';
import { EXTENSION_ALIASES, nativeInsteadOfPolyfills } from './scripts/vite-aliases';

const ROOT = fileURLToPath(new URL('.', import.meta.url)).replace(/\/$/, '');
// The test build (`wxt build --mode test`) reports apart, so it never replaces the product's report.
const reportFile = (browser: string, mode: string) => `${ROOT}/.output/bundle-report.${browser}${mode === 'production' ? '' : `-${mode}`}.json`;

// The extension's footprint is deliberately tiny: `storage` and the console/sign-in hosts, nothing else.
// The content script (entrypoints/console.content, `contentScriptMatches`) also runs on the public
// site's console page, where signing out ends: a path-scoped match, not a host permission (SECURITY.md).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader sees where each name comes from.
  imports: false,
  outDir: '.output',
  // MV3 for every browser: Firefox too (.output/firefox-mv3), where `web_accessible_resources`
  // honours `matches` and the background is an event page (WXT writes `background.scripts`).
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    // The coach's words are in public/_locales (en, ja, de), English where the browser's language has none.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    host_permissions: [...consoleHostPatterns],
    action: { default_title: '__MSG_extName__' },
    // The author's shortcut belongs to the browser, not the page: pages cannot forge it, it does not
    // fire while typing, and people can change it (chrome://extensions/shortcuts).
    commands: {
      [AUTHOR_MODE_COMMAND]: { suggested_key: { default: 'Alt+Shift+A' }, description: '__MSG_commandAuthorMode__' },
    },
    // The modules the content script imports on demand: the overlay when a tutorial runs, the
    // author's picker when author mode is first turned on. Only where the content script runs (the
    // console and sign-in hosts, and the public site's origin, since browsers take origins only
    // here), in Chrome and Firefox alike. Chrome also serves them under a per-session random address,
    // so pages cannot probe for the files (they can still see the coach's host element); Firefox's
    // extension address is already a random id per installation.
    web_accessible_resources: [{ resources: ON_DEMAND_MODULES.map((path) => path.slice(1)), matches: [...overlayModuleMatches], use_dynamic_url: true }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'console-coach@console-coach.dev',
              // Firefox ESR 140 is the first desktop version that knows data_collection_permissions
              // (and has everything MV3 here needs); Firefox for Android knows it from 142.
              strict_min_version: '140.0',
              // The extension collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  vite: (env) => ({
    // Preact's devtools hook only in `wxt` (development): the test build runs the production code.
    plugins: [nativeInsteadOfPolyfills(), preact({ devToolsEnabled: env.mode === 'development' }), pageCatalogue(), localeTables(), bundleReport(reportFile(env.browser, env.mode), ROOT)],
    // The test build (`wxt build --mode test`, .output/chrome-mv3-test) is the production build with
    // one difference, the overlay's open shadow root (overlay/mount.ts): everything that reads
    // the mode (WXT's own debug logging, for one) runs as in production.
    define: { 'import.meta.env.TEST_BUILD': JSON.stringify(env.mode === 'test'), ...(env.mode === 'test' ? { 'import.meta.env.MODE': JSON.stringify('production') } : {}) },
    // Vite's modulepreload polyfill fetches chunks; extension pages load their own files without it,
    // and the bundles then contain no fetch at all (checked by test/e2e/least-privilege.spec.ts).
    build: { modulePreload: { polyfill: false } },
    resolve: { alias: EXTENSION_ALIASES },
  }),
  hooks: {
    'build:done': async (wxt) => {
      // Into the same folder as WXT's build, so the test build (.output/chrome-mv3-test) has it too.
      await buildOverlayModule(wxt.config.outDir, [bundleReport(reportFile(wxt.config.browser, wxt.config.mode), ROOT)]);
    },
  },
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
