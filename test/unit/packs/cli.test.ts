import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'cc-cli-'));
const broken = join(dir, 'broken.yaml');
const run = (...args: string[]) => spawnSync(process.execPath, ['bin/console-coach.mjs', ...args], { encoding: 'utf8' });

describe('console-coach validate (the bundled CLI on plain Node)', () => {
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build-cli.mjs']);
    writeFileSync(broken, 'format: 1\nid: Not Kebab\nversion: 1.0.0\n');
  });

  it('exits 0 for valid packs and names them', () => {
    const result = run('validate', 'test/fixtures/packs/valid-minimal.yaml');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('valid (alias-only, 2 steps)');
  });

  it('exits 1 with file:line:column problems for a broken pack', () => {
    const result = run('validate', 'test/fixtures/packs/valid-minimal.yaml', broken);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`${broken}:2:5 "id" is not in the expected format`);
    expect(result.stdout).toContain(`${broken}:2:5 "id" is not in the expected format at id [invalid-format]. Fix: Use kebab-case`);
    expect(result.stdout).toContain('1 valid, 1 invalid');
  });

  it('reports a missing file instead of crashing', () => {
    const result = run('validate', join(dir, 'nope.yaml'));
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('No such file [file-not-found]. Fix: Check the path.');
  });

  it('gives machine output with --json', () => {
    const result = run('validate', '--json', broken);
    const report = JSON.parse(result.stdout);
    expect(report.valid).toBe(false);
    expect(report.files[0].problems[0]).toMatchObject({ code: expect.any(String), line: expect.any(Number), column: expect.any(Number), fix: expect.any(String) });
    expect(report.files[0].problems).toContainEqual(expect.objectContaining({ code: 'invalid-format', path: 'id', line: 2, column: 5 }));
  });

  it('exits 2 with the usage on wrong arguments', () => {
    const result = run('check');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Usage: console-coach validate');
  });
});

describe('console-coach doctor (the bundled CLI on plain Node)', () => {
  const healthy = join(dir, 'healthy.yaml');
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build-cli.mjs']);
    writeFileSync(
      healthy,
      readFileSync('test/fixtures/packs/valid-minimal.yaml', 'utf8')
        .replace('estimatedMinutes: 5', 'estimatedMinutes: 5\ntestedAgainst: "2026-11"')
        .replace('          - text: Create', '          - text: Create\n          - testId: create-alias'),
    );
  });

  it('exits 0 and says so for a pack with no advice', () => {
    const result = run('doctor', healthy);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(`${healthy}: no advice (alias-only, 2 steps)`);
    expect(result.status).toBe(0);
  });

  it('exits 1 with file:line:column advice, each with its code', () => {
    const result = run('doctor', 'test/fixtures/packs/valid-minimal.yaml');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('test/fixtures/packs/valid-minimal.yaml:4:1 The pack does not say which month of the console it was last played against at version [tested-against-missing]. Advice: ');
    expect(result.stdout).toContain('1 piece of advice, 0 invalid');
  });

  it('prints the problems of a pack that does not load', () => {
    const result = run('doctor', broken, healthy);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`${broken}:2:5 "id" is not in the expected format at id [invalid-format]`);
    expect(result.stdout).toContain('0 pieces of advice, 1 invalid');
  });

  it('gives machine output with --json', () => {
    const report = JSON.parse(run('doctor', '--json', 'test/fixtures/packs/valid-minimal.yaml', healthy).stdout);
    expect(report).toMatchObject({ valid: true, healthy: false });
    expect(report.files[0].findings).toEqual([expect.objectContaining({ code: 'tested-against-missing', path: 'version', line: 4, column: 1, advice: expect.any(String) })]);
    expect(report.files[1].findings).toEqual([]);
  });

  it('exits 2 with the usage without files', () => {
    const result = run('doctor');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('console-coach doctor <pack.yaml|pack.json>');
  });
});
