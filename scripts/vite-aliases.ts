import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const at = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Module replacements for every build of the extension (WXT's and the overlay module's). */
export const EXTENSION_ALIASES: Record<string, string> = {
  // The Markdown parser's browser build decodes entities through innerHTML; its table-based
  // build does the same without touching any HTML sink.
  'decode-named-character-reference': at('../node_modules/decode-named-character-reference/index.js'),
};

const NATIVE: Record<string, string> = {
  './polyfills/array.from.mjs': at('./shims/array-from.ts'),
  './polyfills/SetLike.mjs': at('./shims/set-like.ts'),
};

/**
 * dom-accessibility-api bundles polyfills for what every supported browser has (Array.from, Set):
 * use the browser's own, about 2 KB gzip off the overlay module.
 */
export function nativeInsteadOfPolyfills(): Plugin {
  return {
    name: 'console-coach:native-instead-of-polyfills',
    enforce: 'pre',
    resolveId(source, importer) {
      return importer?.includes('/dom-accessibility-api/') ? (NATIVE[source] ?? null) : null;
    },
  };
}
