import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { loadDomFixture } from '../../../support/dom-fixtures';
import { lookAt, runStep, type StepRun } from '../../../../content/guide/runner';
import { actedOn, currentFlashes, type StepEvents } from '../../../../content/guide/completion';
import { MISSING_AFTER_MS, SELF_REPORT_AFTER_MS } from '../../../../content/guide/step-state';
import { CATALOGUE } from '../../../../packs/catalogue/catalogue';
import type { LoadedSection, LoadedStep } from '../../../../packs/format/load';
import type { AlreadyDone, PageDefinition } from '../../../../packs/format/schema';

const CREATE_USER = 'https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/users/create';
const DASHBOARD = 'https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/home';

const step = (patch: Partial<LoadedStep>): LoadedStep => ({ id: 's', title: 'S', done: { any: [{ clicked: true }] }, content: [], verifiable: true, ...patch });
const noEvents = (doc: Document): StepEvents => ({ clicked: false, flashesAtStart: currentFlashes(doc) });
/** A step's run: nothing happened, nothing recorded, just started, unless said otherwise. */
const run = (doc: Document, patch: Partial<StepRun> = {}): StepRun => ({ events: noEvents(doc), waitedMs: 0, ranMs: 0, recorded: false, ...patch });

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
    const elapsed = happened.elapsed ?? 0;
    const outcome = runStep(look, s, { events, waitedMs: elapsed, ranMs: elapsed, recorded: happened.recorded ?? false });
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
    expect(runStep(lookAt(doc, new URL(CREATE_USER), CATALOGUE, s), s, run(doc, { events })).finished).toBe(false);
    flash();
    expect(runStep(lookAt(doc, new URL(CREATE_USER), CATALOGUE, s), s, run(doc, { events })).finished).toBe(true);
    // The same flash already on screen when the next step starts does not finish that step.
    expect(runStep(lookAt(doc, new URL(CREATE_USER), CATALOGUE, s), s, run(doc)).finished).toBe(false);
  });
});

/** An element built from its tag, attributes and text (no HTML parsing), appended to `parent`. */
function add(parent: Element, tag: string, attributes: Record<string, string>, text = ''): Element {
  const el = parent.ownerDocument.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.textContent = text;
  parent.append(el);
  return el;
}

/** Fixtures the tables below only read, loaded once; each use lends its window's globals (HTMLInputElement) again. */
const loaded = new Map<string, Document>();
function readOnly(name: string, prepare: (doc: Document) => void = () => undefined): Document {
  const doc = loaded.get(name) ?? loadDomFixture(name.split('+')[0]!);
  if (!loaded.has(name)) prepare(doc);
  loaded.set(name, doc);
  const view = doc.defaultView!;
  Object.assign(globalThis, { NodeFilter: view.NodeFilter, HTMLInputElement: view.HTMLInputElement, HTMLLabelElement: view.HTMLLabelElement });
  return doc;
}

/** The dashboard (its alias modal closed) showing the account's alias, as it does once one was made. */
function dashboardWithAlias(alias: boolean): Document {
  return readOnly(`iam-dashboard-alias-modal+${alias}`, (doc) => {
    doc.querySelector('[role="dialog"]')?.remove();
    if (alias) add(doc.querySelector('h1')!.parentElement!, 'div', { 'data-testid': 'account-alias-value' }, 'my-class');
  });
}
const ALIAS_SHOWN: AlreadyDone = { page: 'iam.dashboard', any: [{ appears: { testId: 'account-alias-value' } }] };
const section = (alreadyDone: AlreadyDone | undefined, ids = ['open-dashboard', 's', 'confirm-alias']): Pick<LoadedSection, 'alreadyDone' | 'steps'> => ({ alreadyDone, steps: ids.map((id) => step({ id })) });
const ON_DASHBOARD = step({ page: 'iam.dashboard', target: [{ role: 'button', name: 'Create' }] });

/** Already done: the step's or its section's `alreadyDone` on the page it names → which steps to record "already". */
const already: [string, () => Document, string, LoadedStep, Partial<StepRun> & { clicked?: boolean }, string[]][] = [
  ["the step's own alreadyDone holds on its page", () => dashboardWithAlias(true), DASHBOARD, step({ ...ON_DASHBOARD, alreadyDone: ALIAS_SHOWN }), {}, ['s']],
  ["the section's alreadyDone holds: every step of it not recorded yet", () => dashboardWithAlias(true), DASHBOARD, ON_DASHBOARD, { section: section(ALIAS_SHOWN) }, ['open-dashboard', 's', 'confirm-alias']],
  ['steps of the section already recorded are not rewritten', () => dashboardWithAlias(true), DASHBOARD, ON_DASHBOARD, { section: section(ALIAS_SHOWN), progress: new Set(['open-dashboard']) }, ['s', 'confirm-alias']],
  ['holds on another page than the step\'s (elsewhere): still already done', () => dashboardWithAlias(true), DASHBOARD, step({ page: 'iam.users', target: [{ role: 'button', name: 'Create user' }] }), { section: section(ALIAS_SHOWN) }, ['open-dashboard', 's', 'confirm-alias']],
  ["alreadyDone's page not shown: no", () => readOnly('iam-create-user-step-1'), CREATE_USER, step({ page: 'iam.users.create.details', alreadyDone: { page: 'iam.dashboard', any: [{ appears: { label: 'User name' } }] } }), {}, []],
  ['page shown, condition false (no alias yet): no', () => dashboardWithAlias(false), DASHBOARD, step({ ...ON_DASHBOARD, alreadyDone: ALIAS_SHOWN }), { section: section(ALIAS_SHOWN) }, []],
  ['all: one condition false is no', () => dashboardWithAlias(true), DASHBOARD, step({ ...ON_DASHBOARD, alreadyDone: { page: 'iam.dashboard', all: [{ appears: { testId: 'account-alias-value' } }, { appears: { testId: 'no-such-thing' } }] } }), {}, []],
  ['all: every condition true is yes', () => dashboardWithAlias(true), DASHBOARD, step({ ...ON_DASHBOARD, alreadyDone: { page: 'iam.dashboard', all: [{ appears: { testId: 'account-alias-value' } }, { appears: { role: 'heading', name: 'AWS Account' } }] } }), {}, ['s']],
  ['a control in a state (checkbox unchecked)', () => readOnly('iam-create-user-step-1'), CREATE_USER, step({ page: 'iam.users.create.details', alreadyDone: { page: 'iam.users.create.details', any: [{ state: { of: { role: 'checkbox', name: 'Provide user access to the AWS Management Console - optional' }, is: 'unchecked' } }] } }), {}, ['s']],
  ['the current step is recorded (the learner came back to it): nothing is rewritten', () => dashboardWithAlias(true), DASHBOARD, step({ ...ON_DASHBOARD, alreadyDone: ALIAS_SHOWN }), { recorded: true, section: section(ALIAS_SHOWN) }, []],
  ['the learner acted on this step: what they did is theirs, not "already"', () => dashboardWithAlias(true), DASHBOARD, step({ ...ON_DASHBOARD, alreadyDone: ALIAS_SHOWN }), { clicked: true, section: section(ALIAS_SHOWN) }, []],
  ['blocked (another identity sees another account state): no', () => dashboardWithAlias(true), DASHBOARD, step({ ...ON_DASHBOARD, identity: 'iam-user', alreadyDone: ALIAS_SHOWN }), {}, []],
];

describe('already done: the console shows the step (or its section) was done before', () => {
  it.each(already)('%s', (_name, load, url, s, patch, expected) => {
    // Loaded here: each fixture lends its window's globals (HTMLInputElement) to the code under test.
    const doc = load();
    const { clicked, ...rest } = patch;
    const outcome = runStep(lookAt(doc, new URL(url), CATALOGUE, s), s, run(doc, { ...rest, events: { ...noEvents(doc), clicked: clicked ?? false } }));
    expect(outcome.alreadyDone).toEqual(expected);
    if (expected.length) expect(outcome.finished).toBe(false);
  });

  it('a step seen happening in the same look is finished (verified), not "already"', () => {
    const doc = dashboardWithAlias(true);
    const s = step({ page: 'iam.dashboard', done: { any: [{ page: 'iam.dashboard' }] }, alreadyDone: ALIAS_SHOWN });
    const outcome = runStep(lookAt(doc, new URL(DASHBOARD), CATALOGUE, s), s, run(doc, { section: section(ALIAS_SHOWN) }));
    expect(outcome).toMatchObject({ finished: true, alreadyDone: [] });
  });
});

/** "I did this": offered for a step the coach could verify but has not seen, from the step's start. */
const selfReport: [string, string, string, LoadedStep, Partial<StepRun>, { state: string; selfReport: boolean }][] = [
  ['anchored, just started: not yet', 'iam-create-user-step-1', CREATE_USER, step({ page: 'iam.users.create.details', target: [{ label: 'User name' }] }), {}, { state: 'anchored', selfReport: false }],
  ['anchored, just under the wait: not yet', 'iam-create-user-step-1', CREATE_USER, step({ page: 'iam.users.create.details', target: [{ label: 'User name' }] }), { ranMs: SELF_REPORT_AFTER_MS - 1 }, { state: 'anchored', selfReport: false }],
  ['anchored, unseen for the whole wait: offered', 'iam-create-user-step-1', CREATE_USER, step({ page: 'iam.users.create.details', target: [{ label: 'User name' }] }), { ranMs: SELF_REPORT_AFTER_MS }, { state: 'anchored', selfReport: true }],
  ['the wait runs from the step\'s start, not from the last navigation', 'iam-create-user-step-1', CREATE_USER, step({ page: 'iam.users.create.details', target: [{ label: 'User name' }] }), { waitedMs: 10, ranMs: SELF_REPORT_AFTER_MS }, { state: 'anchored', selfReport: true }],
  ['waiting behind a console dialog for the whole wait: offered', 'iam-dashboard-alias-modal', DASHBOARD, step({ page: 'iam.dashboard', target: [{ role: 'link', name: 'Users' }] }), { ranMs: SELF_REPORT_AFTER_MS }, { state: 'waiting', selfReport: true }],
  ['missing: offered at once', 'iam-create-user-step-1', CREATE_USER, step({ page: 'iam.users.create.details', target: [{ role: 'button', name: 'No such button' }] }), { waitedMs: MISSING_AFTER_MS, ranMs: MISSING_AFTER_MS }, { state: 'missing', selfReport: true }],
  ['elsewhere for the whole wait (a page the catalogue no longer knows): offered', 'iam-create-user-step-1', DASHBOARD, step({ page: 'iam.users.create.details', target: [{ label: 'User name' }] }), { ranMs: SELF_REPORT_AFTER_MS }, { state: 'elsewhere', selfReport: true }],
  ['blocked for the whole wait: offered', 'iam-create-user-step-1', CREATE_USER, step({ identity: 'iam-user', page: 'iam.users.create.details' }), { ranMs: SELF_REPORT_AFTER_MS }, { state: 'blocked', selfReport: true }],
  ['a manual step: never (it has Done)', 'iam-create-user-step-1', CREATE_USER, step({ done: { any: [{ manual: true }] }, verifiable: false }), { ranMs: SELF_REPORT_AFTER_MS }, { state: 'anchored', selfReport: false }],
  ['recorded (the learner came back): never (it has Next)', 'iam-create-user-step-1', CREATE_USER, step({ page: 'iam.users.create.details', target: [{ label: 'User name' }] }), { ranMs: SELF_REPORT_AFTER_MS, recorded: true }, { state: 'anchored', selfReport: false }],
];

describe('"I did this": never a dead end', () => {
  it.each(selfReport)('%s', (_name, fixture, url, s, patch, expected) => {
    const doc = readOnly(fixture);
    const { view } = runStep(lookAt(doc, new URL(url), CATALOGUE, s), s, run(doc, patch));
    expect({ state: view.state, selfReport: view.selfReport }).toEqual(expected);
  });
});

/** How the learner acts on a target: only trusted events count, and never through a value. */
describe('acting on the target, however the learner acts (actedOn)', () => {
  const doc = loadDomFixture('iam-create-user-step-1');
  const tile = add(doc.body, 'span', { id: 'tile' });
  add(tile, 'input', { type: 'radio', id: 'r', 'aria-labelledby': 'r-label' });
  add(tile, 'span', { id: 'r-label' }, 'Attach policies directly');
  add(doc.body, 'span', { role: 'button', tabindex: '0', id: 'custom' }, 'Access management');
  add(doc.body, 'a', { href: '#/users', id: 'link' }, 'Users');
  add(add(doc.body, 'select', { id: 'sel' }), 'option', {}, 'a');
  add(doc.body, 'div', { contenteditable: 'true', id: 'editor' });
  add(doc.body, 'span', { role: 'link', tabindex: '0', id: 'fake-link' }, 'Docs');
  const field = lookAt(doc, new URL(CREATE_USER), CATALOGUE, step({ page: 'iam.users.create.details', target: [{ label: 'User name' }] })).target!;
  const byId = (id: string) => doc.getElementById(id)!;
  const ev = (type: string, target: Element, key?: string, isTrusted = true) => ({ type, target, key, isTrusted });
  const table: [string, Element, ReturnType<typeof ev>, boolean][] = [
    ['typing into the field (Tab then type, or already focused): input', field, ev('input', field), true],
    ['the same input dispatched by a page script: never', field, ev('input', field, undefined, false), false],
    ['typing into another field: no', field, ev('input', byId('editor')), false],
    ['typing into a contenteditable target', byId('editor'), ev('input', byId('editor')), true],
    ['a choice changed in a select (change)', byId('sel'), ev('change', byId('sel')), true],
    ['a click inside the target', field, ev('click', field), true],
    ['Space on a radio labelled by the target text (the browser clicks the hidden input)', byId('r-label'), ev('click', byId('r')), true],
    ['Enter on a native button or link: the browser makes the click, the keydown is not counted twice', byId('link'), ev('keydown', byId('link'), 'Enter'), false],
    ['Enter on a custom role=button (no click follows)', byId('custom'), ev('keydown', byId('custom'), 'Enter'), true],
    ['Space on a custom role=button', byId('custom'), ev('keydown', byId('custom'), ' '), true],
    ['Space on a custom role=link scrolls, it does not follow: no', byId('fake-link'), ev('keydown', byId('fake-link'), ' '), false],
    ['another key on a custom widget: no', byId('custom'), ev('keydown', byId('custom'), 'a'), false],
    ['Enter on a custom widget, dispatched by a page script: never', byId('custom'), ev('keydown', byId('custom'), 'Enter', false), false],
    ['typing keys in a text field are not activation (input decides)', field, ev('keydown', field, 'Enter'), false],
  ];
  it.each(table)('%s', (_name, target, event, expected) => {
    expect(actedOn(target, event as unknown as KeyboardEvent)).toBe(expected);
  });

  it('a text-field step whose done is `clicked` finishes when the learner types into it, with no click', () => {
    const s = step({ page: 'iam.users.create.details', target: [{ label: 'User name' }] });
    const look = lookAt(doc, new URL(CREATE_USER), CATALOGUE, s);
    const events = noEvents(doc);
    expect(runStep(look, s, run(doc, { events })).finished).toBe(false);
    events.clicked = actedOn(look.target!, ev('input', look.target!) as unknown as KeyboardEvent);
    expect(runStep(look, s, run(doc, { events })).finished).toBe(true);
  });
});

/** A page off the console, defined by a pack: where signing out lands. */
const AWS_SITE_CONSOLE: PageDefinition = { id: 'aws-site.console', title: 'AWS Management Console (aws.amazon.com)', urls: [{ host: 'aws-site', path: ['/console/'] }] };
const SIGNED_OUT = 'https://aws.amazon.com/console/';

describe('an off-console step (the learner signs out and lands on aws.amazon.com/console/)', () => {
  it('finishes a step done on the pack-defined aws-site page when the look is on that URL', () => {
    const doc = new JSDOM('<!doctype html><body><h1>AWS Management Console</h1></body>', { url: SIGNED_OUT }).window.document;
    const s = step({ page: 'iam.dashboard', target: [{ role: 'button', name: 'Sign out' }], done: { any: [{ page: 'aws-site.console' }] } });
    const pages = [...CATALOGUE, AWS_SITE_CONSOLE];
    const outcome = runStep(lookAt(doc, new URL(SIGNED_OUT), pages, s), s, run(doc));
    expect(outcome.finished).toBe(true);
    // The same step on another aws.amazon.com page is not done.
    const elsewhere = 'https://aws.amazon.com/free/';
    expect(runStep(lookAt(doc, new URL(elsewhere), pages, s), s, run(doc)).finished).toBe(false);
  });
});
