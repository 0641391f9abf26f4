import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

/** Installing the project must run no dependency's code (a postinstall could do anything on the machine). */
describe('supply chain: installs run no scripts', () => {
  it('.npmrc turns install scripts off for every npm install and npm ci', () => {
    expect(read('.npmrc')).toMatch(/^ignore-scripts=true$/m);
  });

  it('CI installs with scripts off as well', () => {
    expect(read('.ci/run')).toMatch(/npm ci --ignore-scripts/);
  });

  it('every locked package that has an install script is denied by name in allowScripts', () => {
    const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { hasInstallScript?: boolean }> };
    const withScripts = Object.entries(lock.packages)
      .filter(([path, entry]) => path !== '' && entry.hasInstallScript)
      .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length));
    const allow = (JSON.parse(read('package.json')) as { allowScripts?: Record<string, boolean> }).allowScripts ?? {};
    expect(withScripts.length).toBeGreaterThan(0);
    for (const name of withScripts) expect(allow[name], `${name} has an install script`).toBe(false);
  });

  it('the project has no install-time scripts of its own', () => {
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) expect(scripts[hook]).toBeUndefined();
  });
});
