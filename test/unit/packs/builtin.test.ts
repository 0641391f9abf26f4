import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../../packs/format/load';
import { BUILTIN_PACKS } from '../../../packs/builtin';
import { CATALOGUE_PAGE_IDS } from '../../../packs/catalogue/catalogue';

const knownPages = CATALOGUE_PAGE_IDS;
const files = readdirSync('packs/builtin').filter((f) => f.endsWith('.yaml'));

describe('built-in packs', () => {
  it('are the four seed tutorials', () => {
    expect(BUILTIN_PACKS.map((p) => p.id).sort()).toEqual(['aws-101-security-checklist', 'iam-first-steps', 'secure-root-and-iam-admin', 'secure-your-aws-account']);
    expect(files.map((f) => f.replace('.yaml', '')).sort()).toEqual(BUILTIN_PACKS.map((p) => p.id).sort());
  });

  it.each(files)('%s validates, and its file name is its id', (file) => {
    const result = loadPack(readFileSync(`packs/builtin/${file}`, 'utf8'), { knownPages });
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (result.ok) expect(`${result.pack.id}.yaml`).toBe(file);
  });

  it('warn where a secret is shown (password, secret access key, MFA seed), and never ask to paste one', () => {
    const SECRET_PAGES = ['iam.users.create.password', 'iam.user.create-access-key.retrieve'];
    for (const pack of BUILTIN_PACKS) {
      const steps = pack.sections.flatMap((s) => s.steps);
      for (const page of SECRET_PAGES.filter((p) => steps.some((s) => s.page === p))) {
        const warned = steps.some((s) => (s.page === page || (s.page === undefined && s.id.includes('password'))) && s.warnings?.length);
        expect(warned, `${pack.id} warns on ${page}`).toBe(true);
      }
      for (const step of steps.filter((s) => JSON.stringify(s.target ?? []).includes('Show QR code'))) {
        expect(step.warnings?.length, `${pack.id}/${step.id} warns about the MFA seed`).toBeGreaterThan(0);
      }
      const text = JSON.stringify(steps.map((s) => [s.title, s.body ?? '']));
      expect(text, pack.id).not.toMatch(/paste (it|the (secret|password|key)) (in|into)/i);
    }
  });
});
