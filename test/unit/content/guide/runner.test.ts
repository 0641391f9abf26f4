import { describe, expect, it } from 'vitest';
import { loadDomFixture } from '../../../support/dom-fixtures';
import { lookAt, runStep } from '../../../../content/guide/runner';
import { currentFlashes, type StepEvents } from '../../../../content/guide/completion';
import { MISSING_AFTER_MS } from '../../../../content/guide/step-state';
import { CATALOGUE } from '../../../../packs/catalogue/catalogue';
import type { LoadedStep } from '../../../../packs/format/load';

const CREATE_USER = 'https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/users/create';
const DASHBOARD = 'https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/home';

const step = (patch: Partial<LoadedStep>): LoadedStep => ({ id: 's', title: 'S', done: { any: [{ clicked: true }] }, content: [], verifiable: true, ...patch });
const noEvents = (doc: Document): StepEvents => ({ clicked: false, flashesAtStart: currentFlashes(doc) });

/** A step, the page it is looked at on, what happened, how long it ran → what the runner decides. */
const table: [string, string, string, LoadedStep, { clicked?: boolean; elapsed?: number; recorded?: boolean }, { state: string; finished: boolean; drift: string | null }][] = [
  ['target on its page: anchored, not yet done', 'iam-create-user-step-1', CREATE_USER, step({ page: 'iam.users.create.details', target: [{ label: 'User name' }] }), {}, { state: 'anchored', finished: false, drift: null }],
  ['target clicked: done', 'iam-create-user-step-1', CREATE_USER, step({ page: 'iam.users.create.details', target: [{ role: 'button', name: 'Next' }] }), { clicked: true }, { state: 'anchored', finished: true, drift: null }],
  ['already recorded: never finishes twice', 'iam-create-user-step-1', CREATE_USER, step({ page: 'iam.users.create.details', target: [{ role: 'button', name: 'Next' }] }), { clicked: true, recorded: true }, { state: 'anchored', finished: false, drift: null }],
  ['done when the page condition holds', 'iam-create-user-step-1', CREATE_USER, step({ page: 'iam.users.create', done: { any: [{ page: 'iam.users.create.details' }] } }), {}, { state: 'anchored', finished: true, drift: null }],
  ['not done on another wizard step', 'iam-create-user-step-1', CREATE_USER, step({ page: 'iam.users.create', done: { any: [{ page: 'iam.users.create.permissions' }] } }), {}, { state: 'anchored', finished: false, drift: null }],
  ['a manual step never finishes by itself', 'iam-create-user-step-1', CREATE_USER, step({ done: { any: [{ manual: true }] }, verifiable: false }), {}, { state: 'anchored', finished: false, drift: null }],
  ['target missing after the wait: drift "target-not-found"', 'iam-create-user-step-1', CREATE_USER, step({ page: 'iam.users.create.details', target: [{ role: 'button', name: 'No such button' }] }), { elapsed: MISSING_AFTER_MS }, { state: 'missing', finished: false, drift: 'target-not-found' }],
  ['still looking before the wait is over: no drift', 'iam-create-user-step-1', CREATE_USER, step({ page: 'iam.users.create.details', target: [{ role: 'button', name: 'No such button' }] }), { elapsed: 100 }, { state: 'waiting', finished: false, drift: null }],
  ['URL right, signature wrong after the wait: drift "page-not-recognised"', 'iam-create-user-step-1', CREATE_USER, step({ page: 'iam.users.create.permissions', target: [{ role: 'button', name: 'Next' }] }), { elapsed: MISSING_AFTER_MS }, { state: 'missing', finished: false, drift: 'page-not-recognised' }],
  ['another page: elsewhere, no drift however long it runs', 'iam-create-user-step-1', DASHBOARD, step({ page: 'iam.users.create.details', target: [{ role: 'button', name: 'Next' }] }), { elapsed: MISSING_AFTER_MS }, { state: 'elsewhere', finished: false, drift: null }],
  ['target in the open modal: anchored', 'iam-dashboard-alias-modal', DASHBOARD, step({ page: 'iam.dashboard', target: [{ role: 'button', name: 'Create alias', within: { modal: true } }] }), {}, { state: 'anchored', finished: false, drift: null }],
  ['target behind the open modal: waits, not done', 'iam-dashboard-alias-modal', DASHBOARD, step({ page: 'iam.dashboard', target: [{ role: 'link', name: 'Users' }], done: { any: [{ clicked: true }] } }), { elapsed: MISSING_AFTER_MS }, { state: 'waiting', finished: false, drift: null }],
  ['an element appears: done', 'iam-dashboard-alias-modal', DASHBOARD, step({ page: 'iam.dashboard', done: { any: [{ appears: { label: 'Preferred alias', within: { modal: true } } }] } }), {}, { state: 'anchored', finished: true, drift: null }],
  ['needs an IAM user, signed in as root: blocked, never done', 'iam-create-user-step-1', CREATE_USER, step({ identity: 'iam-user', page: 'iam.users.create', done: { any: [{ page: 'iam.users.create' }] } }), {}, { state: 'blocked', finished: false, drift: null }],
];

describe('the pure step runner (look → view, finished, drift)', () => {
  it.each(table)('%s', (_name, fixture, url, s, happened, expected) => {
    const doc = loadDomFixture(fixture);
    const look = lookAt(doc, new URL(url), CATALOGUE, s);
    const events = { ...noEvents(doc), clicked: happened.clicked ?? false };
    const outcome = runStep(look, s, events, happened.elapsed ?? 0, happened.recorded ?? false);
    expect({ state: outcome.view.state, finished: outcome.finished, drift: outcome.drift }).toEqual(expected);
  });

  it('finds the open modal once per look and scopes modal locators to it', () => {
    const doc = loadDomFixture('iam-dashboard-alias-modal');
    const s = step({ page: 'iam.dashboard', target: [{ role: 'button', name: 'Create alias', within: { modal: true } }] });
    const look = lookAt(doc, new URL(DASHBOARD), CATALOGUE, s);
    expect(look.page.modal?.contains(look.target)).toBe(true);
    expect(look.matches).toBe(1);
  });

  it('a flash counts only when it appears after the step started', () => {
    const doc = loadDomFixture('iam-create-user-step-1');
    const s = step({ done: { any: [{ flash: { type: 'success', text: 'User created' } }] } });
    const events = noEvents(doc);
    const flash = () => {
      const el = doc.createElement('div');
      el.setAttribute('data-analytics-flashbar', 'success');
      el.textContent = 'User created successfully';
      doc.body.append(el);
    };
    expect(runStep(lookAt(doc, new URL(CREATE_USER), CATALOGUE, s), s, events, 0, false).finished).toBe(false);
    flash();
    expect(runStep(lookAt(doc, new URL(CREATE_USER), CATALOGUE, s), s, events, 0, false).finished).toBe(true);
    // The same flash already on screen when the next step starts does not finish that step.
    expect(runStep(lookAt(doc, new URL(CREATE_USER), CATALOGUE, s), s, noEvents(doc), 0, false).finished).toBe(false);
  });
});
