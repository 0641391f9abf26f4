/**
 * `npm test`: every check the project has, in order, with a summary of each runner at the end.
 * Steps that need the builds are skipped (and counted as failed) when a build fails.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

interface Step {
  name: string;
  command: string[];
  needsBuild?: boolean;
  isBuild?: boolean;
  /**
   * Runs beside the steps after it, its output shown when it ends: the Firefox suite waits on states,
   * not the CPU, as the Chromium suite mostly does too. (The static checks beside the Chromium suite
   * were measured slower in all: two cores are not enough for both.)
   */
  background?: boolean;
  /** Reads the runner's own report to count tests. */
  counts?: () => { passed: number; failed: number; skipped: number } | null;
  /** Reads the runner's own report for the failed tests' names and first error lines. */
  failures?: () => string[];
}

const UNIT_REPORT = 'test-results/unit-results.json';
const E2E_REPORT = 'test-results/e2e-results.json';
const FIREFOX_REPORT = 'test-results/firefox-results.json';

/** Counts from a vitest JSON report (the unit tests, the Firefox suite). */
function vitestCounts(path: string) {
  const report = readJson(path) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number } | null;
  return report && { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
}

/** Failed tests in a vitest JSON report, each with the first line of its error. */
function vitestFailures(path: string): string[] {
  const report = readJson(path) as { testResults?: { assertionResults?: { status: string; fullName: string; failureMessages?: string[] }[] }[] } | null;
  return (report?.testResults ?? [])
    .flatMap((file) => file.assertionResults ?? [])
    .filter((test) => test.status === 'failed')
    .map((test) => `${test.fullName}: ${firstLine(test.failureMessages?.[0])}`);
}

interface PlaywrightError {
  message?: string;
  location?: { file: string; line: number; column: number };
}

interface PlaywrightSuite {
  title: string;
  specs?: { title: string; file: string; line: number; tests: { status: string; results: { error?: PlaywrightError }[] }[] }[];
  suites?: PlaywrightSuite[];
}

/** Failed tests in Playwright's JSON report (flaky ones passed on retry and are not listed). */
function playwrightFailures(path: string): string[] {
  const report = readJson(path) as { suites?: PlaywrightSuite[] } | null;
  const walk = (suite: PlaywrightSuite): string[] => [
    ...(suite.specs ?? [])
      .filter((spec) => spec.tests.some((test) => test.status === 'unexpected'))
      .map((spec) => {
        const results = spec.tests.flatMap((test) => test.results);
        const error = results.at(-1)?.error;
        return `${spec.file}:${spec.line} ${spec.title}: ${firstLine(error?.message)}${errorDetails(error)}`;
      }),
    ...(suite.suites ?? []).flatMap(walk),
  ];
  return (report?.suites ?? []).flatMap(walk);
}

/** Where the failing expectation is and what it looked for: a CI log's tail keeps no more. */
function errorDetails(error: PlaywrightError | undefined): string {
  if (!error) return '';
  const where = error.location ? [`at ${relative(process.cwd(), error.location.file)}:${error.location.line}:${error.location.column}`] : [];
  const lines = stripVTControlCharacters(error.message ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^(Locator|Expected|Received)\b/.test(line))
    .slice(0, 4)
    .map((line) => line.slice(0, 240));
  return [...where, ...lines].map((line) => `\n                ${line}`).join('');
}

function firstLine(text: string | undefined): string {
  // Reporters colour their messages; the summary is plain text.
  const plain = stripVTControlCharacters(text ?? '');
  return plain.split('\n').find((line) => line.trim())?.trim().slice(0, 240) ?? '(no message)';
}

const steps: Step[] = [
  // Installs run no scripts (.npmrc): make WXT's generated types and the pack CLI here.
  { name: 'prepare (WXT types, pack CLI)', command: ['npm', 'run', '--silent', 'prepare:project'], isBuild: true },
  { name: 'typecheck', command: ['npm', 'run', '--silent', 'typecheck'] },
  { name: 'lint', command: ['npm', 'run', '--silent', 'lint'] },
  {
    name: 'unit tests (vitest)',
    command: ['npx', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${UNIT_REPORT}`],
    counts: () => vitestCounts(UNIT_REPORT),
    failures: () => vitestFailures(UNIT_REPORT),
  },
  { name: 'build + zip extension (Chrome MV3, Firefox MV3)', command: ['npm', 'run', '--silent', 'zip'], isBuild: true },
  // The builds the browser tests load: the same extension with its overlay's shadow root open (.output/chrome-mv3-test, .output/firefox-mv3-test).
  { name: 'build extension for tests (Chrome, Firefox; --mode test)', command: ['npm', 'run', '--silent', 'build:test'], isBuild: true },
  { name: 'build practice console', command: ['npm', 'run', '--silent', 'build:practice'], isBuild: true },
  { name: 'web-ext lint (Firefox build)', command: ['node', '--import', 'tsx', 'scripts/lint-firefox.ts'], needsBuild: true },
  {
    // The extension in Firefox ESR through WebDriver BiDi (test/firefox/, puppeteer-core), on the same practice console.
    name: 'end-to-end tests (Firefox ESR)',
    command: ['npx', 'vitest', 'run', '--config', 'test/firefox/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${FIREFOX_REPORT}`],
    needsBuild: true,
    background: true,
    counts: () => vitestCounts(FIREFOX_REPORT),
    failures: () => vitestFailures(FIREFOX_REPORT),
  },
  {
    name: 'end-to-end tests (Playwright, Chromium)',
    command: ['npx', 'playwright', 'test'],
    needsBuild: true,
    counts: () => {
      const report = readJson(E2E_REPORT) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } } | null;
      return report && { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected, skipped: report.stats.skipped };
    },
    failures: () => playwrightFailures(E2E_REPORT),
  },
];

function readJson(path: string): unknown {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

function run(command: string[], output?: Buffer[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command[0]!, command.slice(1), { stdio: output ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: process.env });
    child.stdout?.on('data', (chunk: Buffer) => output!.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => output!.push(chunk));
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on('error', () => resolve(127));
  });
}

mkdirSync('test-results', { recursive: true });
for (const report of [UNIT_REPORT, E2E_REPORT, FIREFOX_REPORT]) rmSync(report, { force: true });

const results: { name: string; status: 'passed' | 'FAILED' | 'skipped'; seconds: number; detail: string; failures: string[] }[] = [];
/** Steps running beside the others (`background`), awaited before the summary. */
const background: Promise<void>[] = [];
let buildFailed = false;
for (const step of steps) {
  if (step.needsBuild && buildFailed) {
    results.push({ name: step.name, status: 'skipped', seconds: 0, detail: 'a build failed', failures: [] });
    continue;
  }
  console.log(`\n━━ ${step.name}: ${step.command.join(' ')}${step.background ? ' (beside the next steps; its output follows when it ends)' : ''}`);
  const started = Date.now();
  const finish = (code: number) => {
    const seconds = (Date.now() - started) / 1000;
    const counts = step.counts?.();
    const detail = counts ? `${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}` : '';
    results.push({ name: step.name, status: code === 0 ? 'passed' : 'FAILED', seconds, detail: detail || (code === 0 ? '' : `exit code ${code}`), failures: step.failures?.() ?? [] });
    if (code !== 0 && step.isBuild) buildFailed = true;
  };
  if (step.background) {
    const output: Buffer[] = [];
    background.push(
      run(step.command, output).then((code) => {
        console.log(`\n━━ ${step.name} (ran beside the steps above):\n${Buffer.concat(output).toString('utf8')}`);
        finish(code);
      }),
    );
    continue;
  }
  finish(await run(step.command));
}
await Promise.all(background);

console.log('\n━━ Summary');
for (const r of results) {
  console.log(`  ${r.status.padEnd(7)} ${r.name.padEnd(48)} ${r.seconds.toFixed(1).padStart(6)} s  ${r.detail}`);
  // The summary is what a CI log's tail keeps: name each failed test there.
  for (const failure of r.failures) console.log(`            ✗ ${failure}`);
}
const totals = steps
  .map((s) => s.counts?.())
  .reduce((sum, c) => ({ passed: sum.passed + (c?.passed ?? 0), failed: sum.failed + (c?.failed ?? 0) }), { passed: 0, failed: 0 });
const failedSteps = results.filter((r) => r.status !== 'passed').length;
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed`);
if (failedSteps) console.log(`${failedSteps} step(s) did not pass.`);
process.exit(failedSteps ? 1 : 0);
