import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { draftFromRecording } from '../../../../packs/draft/recording-to-pack';
import type { RecordedStep } from '../../../../packs/draft/recording';
import { loadPack } from '../../../../packs/format/load';
import { CATALOGUE_PAGE_IDS } from '../../../../packs/catalogue/catalogue';
import type { Condition, Locator } from '../../../../packs/format/schema';

const pageId = fc.constantFrom(...CATALOGUE_PAGE_IDS);
// Names as the recorder keeps them (spaces collapsed, trimmed, at most 80 characters): console words
// in any script, Markdown and quotes included.
const words = fc.string({ minLength: 1, maxLength: 80 }).map((text) => text.replace(/\s+/g, ' ').trim()).filter((text) => text !== '');
const name = fc.oneof(words, fc.constantFrom('Create user', 'ユーザーの作成', 'Benutzer „erstellen“', '*Next* [x]', '# Users', 'a: b', '- item', "it's"));
const locator: fc.Arbitrary<Locator> = fc.oneof(
  fc.record({ role: fc.constantFrom('button', 'link', 'tab', 'checkbox', 'radio'), name }),
  name.map((label) => ({ label })),
  name.map((text) => ({ text })),
  fc.constantFrom({ css: '[class*="awsui_button_"]' }, { testId: 'awsc-nav-account-menu-button' }),
) as fc.Arbitrary<Locator>;
// What followed a step, as the recorder notes it (withFollowUp, settle): each kind once, or `clicked` alone.
const followed: fc.Arbitrary<Condition> = fc.oneof(
  pageId.map((page) => ({ page })),
  fc.constant({ flash: { type: 'success' } }),
  fc.constantFrom('checked', 'unchecked', 'selected', 'expanded').map((is) => ({ state: { of: 'target', is } })),
  name.map((dialog) => ({ appears: { role: 'dialog', name: dialog } })),
) as fc.Arbitrary<Condition>;
const step: fc.Arbitrary<RecordedStep> = fc.record({
  action: fc.constantFrom('click', 'check', 'uncheck', 'choose', 'type', 'select', 'go'),
  role: fc.option(fc.constantFrom('button', 'link', 'tab', 'checkbox', 'radio', 'textbox', 'combobox', 'row')),
  name: fc.option(name),
  option: fc.option(name, { nil: undefined }),
  // A click can come before the page is recognised (null), or on a page the catalogue names.
  pageId: fc.option(pageId),
  target: fc.array(locator, { maxLength: 2 }),
  done: fc.oneof(fc.constant([{ clicked: true }]), fc.uniqueArray(followed, { minLength: 1, maxLength: 4, selector: (c) => Object.keys(c)[0] })),
  identity: fc.constantFrom('root', 'iam-user', null),
  region: fc.constantFrom(null, 'us-east-1'),
  secretPage: fc.boolean(),
  at: fc.nat(),
}) as fc.Arbitrary<RecordedStep>;

describe('any recording', () => {
  it('becomes a draft that validates, whatever was clicked, on whatever page', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 40 }), fc.boolean(), (steps, append) => {
        // Appended to a draft made from the same steps, or a new draft.
        const { source: earlier } = draftFromRecording({ status: 'stopped', append: false, steps }, '');
        const { source } = draftFromRecording({ status: 'stopped', append, steps }, earlier);
        const result = loadPack(source, { knownPages: CATALOGUE_PAGE_IDS });
        expect(result.ok ? [] : result.problems.map((p) => `${p.line}:${p.column} ${p.message}`), source).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
