import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../../packs/format/load';
import { reviewPack } from '../../../packs/format/review';
import { CATALOGUE, CATALOGUE_PAGE_IDS } from '../../../packs/catalogue/catalogue';

const load = (path: string) => {
  const result = loadPack(readFileSync(path, 'utf8'), { knownPages: CATALOGUE_PAGE_IDS });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.pack;
};

describe('the review before install', () => {
  it('lists what the pack touches: pages, link hosts, warnings, steps', () => {
    const review = reviewPack(load('test/fixtures/packs/overlay-tour.yaml'), CATALOGUE);
    expect(review).toMatchObject({ id: 'overlay-tour', author: 'Console Coach tests', version: '1.0.0', steps: 10, manualSteps: 1 });
    expect(review.pages).toContainEqual({ id: 'iam.users.create.permissions', title: 'Create user: Set permissions' });
    expect(review.pages.map((p) => p.id)).toContain('iam.user.assign-mfa.setup');
    expect(review.linkHosts).toEqual(['docs.aws.amazon.com']);
    expect(review.warnings).toEqual([{ step: 'Assign an MFA device', text: 'The MFA secret is shown only on the next page; never paste it anywhere else.' }]);
    expect(review.update).toBeUndefined();
  });

  it('says which steps keep their progress when it updates an installed version', () => {
    const installed = load('test/fixtures/packs/overlay-tour.yaml');
    const next = { ...installed, version: '2.0.0', sections: installed.sections.slice(0, 1) };
    expect(reviewPack(next, CATALOGUE, installed).update).toEqual({ installedVersion: '1.0.0', keptSteps: 6, droppedSteps: 4 });
  });

  it('shows the console month the pack was tested against, and the pages it looks at for work done before', () => {
    const pack = load('test/fixtures/packs/overlay-tour.yaml');
    expect(reviewPack(pack, CATALOGUE).testedAgainst).toBeUndefined();
    const [section, ...rest] = pack.sections;
    const [step, ...others] = section!.steps;
    const already = {
      ...pack,
      testedAgainst: '2026-11',
      sections: [
        { ...section!, alreadyDone: { page: 'iam.account-settings', any: [{ appears: { testId: 'x' } }] }, steps: [{ ...step!, alreadyDone: { page: 'billing.account', any: [{ appears: { testId: 'y' } }] } }, ...others] },
        ...rest,
      ],
    };
    const review = reviewPack(already, CATALOGUE);
    expect(review.testedAgainst).toBe('2026-11');
    expect(review.pages).toContainEqual({ id: 'iam.account-settings', title: 'Account settings' });
    expect(review.pages).toContainEqual({ id: 'billing.account', title: 'Billing: Account' });
  });
});
