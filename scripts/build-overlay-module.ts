import { fileURLToPath } from 'node:url';
import { build, type PluginOption } from 'vite';
import preact from '@preact/preset-vite';
import { pageCatalogue } from '../packs/catalogue/vite-plugin';
import { AUTHOR_MODULE_PATH, OVERLAY_MODULE_PATH } from '../overlay/loader';
import { EXTENSION_ALIASES, nativeInsteadOfPolyfills } from './vite-aliases';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The modules the content script imports on demand (overlay/loader.ts), each built whole. */
const MODULES = [
  { source: '../overlay/module.tsx', path: OVERLAY_MODULE_PATH },
  { source: '../overlay/author-module.tsx', path: AUTHOR_MODULE_PATH },
];

/**
 * Build the overlay UI (`overlay/module.tsx`) and the author's picker (`overlay/author-module.tsx`)
 * as ES modules into the extension's output folder, next to the content script that imports them
 * on demand. WXT builds content scripts as classic scripts that cannot be split, so these get their
 * own builds, run after WXT's.
 */
export async function buildOverlayModule(outDir: string, extraPlugins: PluginOption[] = []): Promise<void> {
  // Always the production bundle, also under `wxt build --mode test` (whose NODE_ENV would make
  // Preact's preset add its development tooling): the test build differs only in the shadow root.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    for (const module of MODULES) await buildModule(outDir, module, extraPlugins);
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}

async function buildModule(outDir: string, module: (typeof MODULES)[number], extraPlugins: PluginOption[]): Promise<void> {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    mode: 'production',
    define: { 'process.env.NODE_ENV': JSON.stringify('production'), 'import.meta.env.MANIFEST_VERSION': 'undefined' },
    plugins: [nativeInsteadOfPolyfills(), preact(), pageCatalogue(), ...extraPlugins],
    resolve: { alias: EXTENSION_ALIASES },
    // The console pages' scripts never see this module: it runs in the content script's world.
    esbuild: { charset: 'ascii' },
    build: {
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      modulePreload: false,
      // Terser's second pass and top-level mangling: the module stays within its budget
      // (test/e2e/budgets.spec.ts) as features land; it costs a second or two of build time.
      minify: 'terser',
      terserOptions: { compress: { passes: 2 }, mangle: { toplevel: true }, format: { ascii_only: true } },
      target: 'es2022',
      // Not Vite's library mode: that leaves whitespace in ES output. One file, no chunks: under
      // Chrome's use_dynamic_url, the module's relative imports resolve against the extension's
      // static address, which pages (and so content scripts) may not load (seen in Chromium 150).
      rollupOptions: {
        input: fileURLToPath(new URL(module.source, import.meta.url)),
        preserveEntrySignatures: 'strict',
        output: { format: 'es', entryFileNames: module.path.slice(1), inlineDynamicImports: true },
      },
    },
  });
}
