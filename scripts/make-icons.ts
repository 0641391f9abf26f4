/**
 * Render assets/icon.svg to the PNG sizes the manifests use (public/icon/<size>.png), with the
 * same Chromium the tests use. Run after editing the SVG: `node --import tsx scripts/make-icons.ts`.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumPath, ROOT_DIR } from '../test/support/launch';

const svg = readFileSync(join(ROOT_DIR, 'assets', 'icon.svg'), 'utf8');
const outDir = join(ROOT_DIR, 'public', 'icon');
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
for (const size of [16, 32, 48, 96, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
  await page.screenshot({ path: join(outDir, `${size}.png`), omitBackground: true });
  await page.close();
}
await browser.close();
console.log(`icons written to ${outDir}`);
