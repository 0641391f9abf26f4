import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// The practice console is a React + Cloudscape app, built apart from the extension (which uses Preact).
// Its assets live under one path prefix that no real console route uses, so that any console URL can
// be answered with index.html while assets still resolve.
export const PRACTICE_ASSET_PREFIX = '/__practice-console/';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: PRACTICE_ASSET_PREFIX,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
  logLevel: 'warn',
});
