import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadPack, type LoadResult } from '../../../packs/format/load';

// 2,000 inputs per seed keep the unit suite within its minute on two cores; the fixed seed plus a
// new logged seed every run add up over CI runs. FUZZ_RUNS=10000 (or more) for a deep run.
const RUNS = Number(process.env.FUZZ_RUNS ?? 2_000);
const knownPages = new Set(['iam.dashboard', 'iam.users']);
const valid = readFileSync('test/fixtures/packs/valid-minimal.yaml', 'utf8');
const validValue = parse(valid) as Record<string, unknown>;

function checkOutcome(result: LoadResult) {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
  if (!result.ok) {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const problem of result.problems) {
      expect(problem.line).toBeGreaterThanOrEqual(1);
      expect(problem.column).toBeGreaterThanOrEqual(1);
      expect(typeof problem.path).toBe('string');
      expect(problem.message.length).toBeGreaterThan(0);
      expect(problem.fix.length).toBeGreaterThan(0);
    }
  }
}

/** Values that stress a loader: wrong types, prototype keys, huge and odd strings. */
const nasty = fc.oneof(
  fc.string(),
  fc.constantFrom('__proto__', 'constructor', ['java', 'script:alert(1)'].join(''), '<script>alert(1)</script>', 'http://x', '😀', '\u0000', ''),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'role', 'text', 'polluted', 'any'), fc.string(), { maxKeys: 3 }),
);

/** Set a value at a random path of a copy of the valid pack. */
function mutateAt(value: unknown, path: number[], replacement: unknown): unknown {
  if (path.length === 0 || typeof value !== 'object' || value === null) return replacement;
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return replacement;
  const index = path[0]! % entries.length;
  const copy: Record<string, unknown> | unknown[] = Array.isArray(value) ? [...value] : { ...(value as Record<string, unknown>) };
  const [key, child] = entries[index]!;
  (copy as Record<string, unknown>)[key] = mutateAt(child, path.slice(1), replacement);
  return copy;
}

/** The same seed every run, so a regression shows at once; plus a new one each run, logged. */
const FIXED_SEED = 20_261_123;
const randomSeed = Number(process.env.FUZZ_SEED ?? Date.now() % 2_147_483_647);

function fuzz(seed: number) {
  const mutated = fc.tuple(fc.array(fc.nat(), { maxLength: 6 }), nasty).map(([path, replacement]) => stringify(mutateAt(validValue, path, replacement)));
  const textual = fc.tuple(fc.nat(valid.length), fc.nat(40), fc.string()).map(([at, cut, insert]) => valid.slice(0, at) + insert + valid.slice(at + cut));
  const json = fc.jsonValue().map((v) => JSON.stringify(v));
  let accepted = 0;
  fc.assert(
    fc.property(fc.oneof(mutated, textual, json, fc.string()), (text) => {
      const result = loadPack(text, { knownPages });
      if (result.ok) accepted += 1;
      checkOutcome(result);
    }),
    { numRuns: RUNS, seed },
  );
  return accepted;
}

describe(`loadPack under ${RUNS} random and mutated packs per seed`, () => {
  for (const [kind, seed] of [['fixed', FIXED_SEED], ['random', randomSeed]] as const) {
    it(`never throws, never pollutes prototypes, always returns a pack or problems with positions (${kind} seed ${seed})`, () => {
      console.log(`fuzz: ${RUNS} runs, ${kind} seed ${seed}${kind === 'random' ? ` (FUZZ_SEED=${seed} reproduces it)` : ''}`);
      const accepted = fuzz(seed);
      console.log(`fuzz (${kind} seed ${seed}): ${accepted} of ${RUNS} inputs loaded as packs, ${RUNS - accepted} rejected with problems, 0 exceptions`);
    }, 300_000);
  }
});
