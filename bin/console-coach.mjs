#!/usr/bin/env node
// The pack CLI, bundled by scripts/build-cli.mjs (npm install runs it).
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/cli/console-coach.mjs', import.meta.url);
if (!existsSync(bundle)) {
  console.error('console-coach: the CLI is not built yet. Run `npm run build:cli` in the Console Coach folder.');
  process.exit(2);
}
await import('../dist/cli/console-coach.mjs');
