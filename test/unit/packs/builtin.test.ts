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

  describe('survive a console redesign', () => {
    const KINDS = ['role', 'label', 'testId', 'text', 'css'] as const;
    const steps = BUILTIN_PACKS.flatMap((pack) => pack.sections.flatMap((s) => s.steps.map((step) => ({ pack: pack.id, step }))));
    const names = (value: string | string[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

    it('say which month of the console they were played against', () => {
      for (const pack of BUILTIN_PACKS) expect(pack.testedAgainst, pack.id).toMatch(/^20\d{2}-\d{2}$/);
    });

    it('give every target at least two locators of different kinds', () => {
      for (const { pack, step } of steps.filter((s) => s.step.target)) {
        const kinds = new Set(step.target!.map((locator) => KINDS.find((kind) => locator[kind] !== undefined)));
        expect(kinds.size, `${pack}/${step.id}: ${JSON.stringify(step.target)}`).toBeGreaterThanOrEqual(2);
      }
    });

    it('find the account menu in the wide and the narrow header, and Sign out with multi-session on', () => {
      for (const { pack, step } of steps) {
        const target = step.target ?? [];
        if (target.some((l) => l.testId === 'awsc-nav-account-menu-button')) {
          expect(target.map((l) => l.testId), `${pack}/${step.id}`).toContain('more-menu__awsc-nav-account-menu-button');
        }
        if (target.some((l) => names(l.name).includes('Sign out'))) {
          expect(target.map((l) => l.testId), `${pack}/${step.id}`).toContain('aws-console-signout');
          for (const locator of target.filter((l) => l.name || l.text)) expect(names(locator.name ?? locator.text), `${pack}/${step.id}`).toContain('Sign out of current session');
        }
      }
    });

    it('never finish a step on a notification text alone, except the confirmed "MFA device assigned"', () => {
      for (const { pack, step } of steps) {
        const conditions = 'any' in step.done ? step.done.any : [];
        if (!conditions.some((c) => c.flash)) continue;
        const confirmed = conditions.some((c) => names(c.flash?.text).includes('MFA device assigned'));
        const others = conditions.filter((c) => !c.flash && !c.clicked && !c.manual);
        if (!confirmed) expect(others.length, `${pack}/${step.id}`).toBeGreaterThan(0);
      }
    });
  });
});
