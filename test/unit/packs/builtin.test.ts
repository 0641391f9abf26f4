import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../../packs/format/load';
import type { Step } from '../../../packs/format/schema';
import { BUILTIN_PACKS } from '../../../packs/builtin';
import { CATALOGUE_PAGE_IDS } from '../../../packs/catalogue/catalogue';

const knownPages = CATALOGUE_PAGE_IDS;
const files = readdirSync('packs/builtin').filter((f) => f.endsWith('.yaml'));
/** One name or a list of alternatives, as a list. */
const names = (value: string | readonly string[] | undefined): string[] => (value === undefined ? [] : typeof value === 'string' ? [value] : [...value]);

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

  describe('know work done before the tutorial asked (alreadyDone)', () => {
    /** What a tutorial may find done already, and how to tell a step that does it. */
    const TOPICS: { topic: string; page: string; does: (step: Step) => boolean }[] = [
      { topic: 'root MFA', page: 'iam.dashboard', does: (s) => s.page === 'iam.dashboard' && targetNames(s).includes('Add MFA') },
      { topic: 'the account alias', page: 'iam.dashboard', does: (s) => s.page === 'iam.dashboard' && targetNames(s).includes('Create alias') },
      { topic: 'the password policy', page: 'iam.account-settings', does: (s) => s.page === 'iam.account-settings.password-policy' },
      { topic: 'billing access', page: 'billing.account', does: (s) => targetNames(s).includes('Activate IAM Access') },
      { topic: 'billing alerts', page: 'billing.preferences', does: (s) => targetNames(s).includes('Receive CloudWatch billing alerts') },
      { topic: 'the Administrators group', page: 'iam.groups', does: (s) => s.page === 'iam.groups.create' },
      { topic: 'the user', page: 'iam.users', does: (s) => s.page === 'iam.users.create.review' },
    ];
    const targetNames = (step: Step) => (step.target ?? []).flatMap((l) => names(l.name ?? l.label ?? l.text));

    it.each(BUILTIN_PACKS.map((p) => [p.id, p] as const))('%s declares it wherever the tutorial touches root MFA, the alias, the password policy, billing access or alerts, a group or a user', (_, pack) => {
      for (const { topic, page, does } of TOPICS) {
        for (const section of pack.sections) {
          for (const step of section.steps.filter(does)) {
            const already = step.alreadyDone ?? section.alreadyDone;
            expect(already, `${pack.id}/${step.id} (${topic})`).toBeDefined();
            expect(already!.page, `${pack.id}/${step.id} (${topic})`).toBe(page);
          }
        }
      }
    });

    it('look for presence and state only, on the page where the finished work shows', () => {
      for (const pack of BUILTIN_PACKS) {
        for (const section of pack.sections) {
          for (const already of [section.alreadyDone, ...section.steps.map((s) => s.alreadyDone)].filter((a) => a !== undefined)) {
            const signs = 'any' in already ? already.any : already.all;
            for (const sign of signs) expect(JSON.stringify(sign), `${pack.id}/${section.id}`).not.toMatch(/value|placeholder/i);
          }
        }
      }
    });

    it("end a section known done by a sign before any later step could see the section's own work", () => {
      // A section done "when the user exists" must not go on (on that page) after creating the user,
      // or its later steps are recorded as done before (as the access keys were after Create user).
      for (const pack of BUILTIN_PACKS) {
        for (const section of pack.sections.filter((s) => s.alreadyDone)) {
          const page = section.alreadyDone!.page;
          const back = section.steps.findIndex((s, i) => i > 0 && 'any' in s.done && s.done.any.some((c) => c.page === page));
          if (back < 0) continue;
          expect(section.steps.slice(back + 1).filter((s) => s.page === page).map((s) => s.id), `${pack.id}/${section.id}`).toEqual([]);
        }
      }
    });
  });

  describe('survive a console redesign', () => {
    const KINDS = ['role', 'label', 'testId', 'text', 'css'] as const;
    const steps = BUILTIN_PACKS.flatMap((pack) => pack.sections.flatMap((s) => s.steps.map((step) => ({ pack: pack.id, step }))));

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

    it('finish signing out wherever it ends, and sign in again from either ending', () => {
      // Today signing out ends on aws.amazon.com/console/ ("Sign in to the Console"); older consoles
      // on the sign-in host's signed-out page ("Log back in"): real-console-2026.md §1.
      for (const pack of BUILTIN_PACKS) {
        const flat = pack.sections.flatMap((s) => s.steps);
        flat.forEach((step, i) => {
          if (!(step.target ?? []).some((l) => l.testId === 'aws-console-signout')) return;
          const endings = 'any' in step.done ? step.done.any.map((c) => c.page) : [];
          expect(endings, `${pack.id}/${step.id}`).toEqual(expect.arrayContaining(['signin.signed-out', 'aws.console-landing']));
          const next = flat[i + 1];
          if (!next) return; // the tutorial ends signed out
          const page = pack.pages?.find((p) => p.id === next.page);
          expect(page?.urls.map((u) => u.host), `${pack.id}/${next.id} is on a page covering both endings`).toEqual(expect.arrayContaining(['aws-site', 'signin']));
          const named = (next.target ?? []).flatMap((l) => names(l.name ?? l.text));
          expect(named, `${pack.id}/${next.id}`).toEqual(expect.arrayContaining(['Sign in to the Console', 'Log back in']));
        });
      }
    });

    it('find sign-in fields by their ids, kept by both sign-in designs', () => {
      for (const { pack, step } of steps.filter((s) => s.step.page?.startsWith('signin.') && s.step.target)) {
        expect(step.target!.some((l) => /^#[a-z_]+(, #[A-Za-z_]+)*$/.test(l.css ?? '')), `${pack}/${step.id}: ${JSON.stringify(step.target)}`).toBe(true);
      }
    });

    it('expect an MFA prompt or a request to register MFA after the root password (root MFA is registered at sign-in since 2024)', () => {
      const donePages = (step: { done: unknown }) => ('any' in (step.done as object) ? (step.done as { any: { page?: string }[] }).any.map((c) => c.page) : []);
      let rootSignIns = 0;
      for (const pack of BUILTIN_PACKS) {
        const flat = pack.sections.flatMap((s) => s.steps);
        flat.forEach((step, i) => {
          // The root password step: on the root sign-in page, done once the console opens.
          if (step.page !== 'signin.root' || !donePages(step).includes('console.home')) return;
          rootSignIns++;
          expect(donePages(step), `${pack.id}/${step.id}`).toEqual(expect.arrayContaining(['signin.mfa', 'signin.register-root-mfa']));
          // The MFA prompt first, done also when the register request shows instead (never both), then the register request.
          expect(flat[i + 1]?.page, `${pack.id}: the step after ${step.id}`).toBe('signin.mfa');
          expect(donePages(flat[i + 1]!), `${pack.id}/${flat[i + 1]?.id}`).toEqual(expect.arrayContaining(['console.home', 'signin.register-root-mfa']));
          expect(flat[i + 2]?.page, `${pack.id}: two steps after ${step.id}`).toBe('signin.register-root-mfa');
          expect(donePages(flat[i + 2]!), `${pack.id}/${flat[i + 2]?.id}`).toContain('console.home');
        });
      }
      expect(rootSignIns).toBeGreaterThan(0);
    });

    it("point at the metric picker's Browse items as links, buttons or tiles", () => {
      for (const { pack, step } of steps.filter((s) => /^(browse-billing|total-charge)/.test(s.step.id))) {
        const roles = step.target!.flatMap((l) => (l.role === undefined ? [] : names(l.role)));
        expect(roles, `${pack}/${step.id}`).toEqual(expect.arrayContaining(['link', 'button', 'radio']));
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
