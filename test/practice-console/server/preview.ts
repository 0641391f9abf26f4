/**
 * Screenshot one practice-console URL, without the extension: a quick look while building pages.
 *   node --import tsx test/practice-console/server/preview.ts <url> <out.png> [--state state.json] [--full]
 */
import { readFileSync } from 'node:fs';
import { launchPracticeBrowser } from '../../support/launch';
import { createPracticeBackend } from './practice-server';

const [url, out = '/tmp/practice.png', ...rest] = process.argv.slice(2);
if (!url) {
  console.error('usage: preview.ts <url> <out.png> [--state state.json] [--full]');
  process.exit(2);
}
const stateIndex = rest.indexOf('--state');
const seed = stateIndex >= 0 ? JSON.parse(readFileSync(rest[stateIndex + 1]!, 'utf8')) : {};
const { context } = await launchPracticeBrowser({ headless: true, withExtension: false, backend: createPracticeBackend(seed) });
const page = await context.newPage();
page.on('pageerror', (error) => console.error('page error:', error.message));
page.on('console', (message) => message.type() === 'error' && console.error('console error:', message.text()));
await page.goto(url);
await page.waitForLoadState('networkidle');
await page.waitForTimeout(300);
await page.screenshot({ path: out, fullPage: rest.includes('--full') });
console.log(`${page.url()} → ${out}`);
await context.close();
