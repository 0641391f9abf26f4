import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { conditionHolds, currentFlashes, stepDone } from '../../../../content/guide/completion';
import type { PageContext } from '../../../../content/console/page-context';
import type { Condition } from '../../../../packs/format/schema';
import type { LoadedStep } from '../../../../packs/format/load';

/** A small page in jsdom; every element gets a box, as a browser would give it. */
function dom(body: string): Document {
  const { window } = new JSDOM(`<!doctype html><body>${body}</body>`);
  window.Element.prototype.getClientRects = function (this: Element) {
    return (this.closest('[hidden]') ? [] : [{ x: 0, y: 0, width: 10, height: 10 }]) as unknown as DOMRectList;
  };
  Object.assign(globalThis, { NodeFilter: window.NodeFilter, HTMLInputElement: window.HTMLInputElement, HTMLLabelElement: window.HTMLLabelElement });
  return window.document;
}

const page = (pageIds: string[] = []): PageContext => ({
  url: new URL('https://console.aws.amazon.com/iam/home'), pageIds, urlPageIds: pageIds, wizardStep: null, wizardStepNumber: null, activeTab: null, modal: null, identity: null, region: null,
});
/** Nothing was on screen when the step started, unless said otherwise. */
const events = (clicked = false) => ({ clicked, flashesAtStart: new Set<Element>() });

const FLASH = '<div data-analytics-flashbar="success"><h2>User admin created successfully</h2></div>';
const CHECKBOX = (checked: boolean) => `<label><input type="checkbox" id="c"${checked ? ' checked' : ''}> Require MFA</label>`;

/** Each condition with a page where it holds and one where it does not. */
const table: [string, Condition, string, string, { target?: string; clicked?: boolean; pageIds?: string[] }?][] = [
  ['clicked', { clicked: true }, '', '', { clicked: true }],
  ['flash of a type', { flash: { type: 'success' } }, FLASH, '<div data-analytics-flashbar="error">Failed</div>'],
  ['flash with its words', { flash: { type: 'success', text: 'created successfully' } }, FLASH, '<div data-analytics-flashbar="success">Deleted</div>'],
  ['flash, one of several wordings', { flash: { type: 'success', text: ['Alias saved', 'created successfully'] } }, FLASH, '<div data-analytics-flashbar="success">Alias removed</div>'],
  ['appears', { appears: { role: 'button', name: 'Download .csv file' } }, '<button>Download .csv file</button>', '<button hidden>Download .csv file</button>'],
  ['state checked (native checkbox)', { state: { of: { label: 'Require MFA' }, is: 'checked' } }, CHECKBOX(true), CHECKBOX(false)],
  ['state unchecked (native checkbox)', { state: { of: { label: 'Require MFA' }, is: 'unchecked' } }, CHECKBOX(false), CHECKBOX(true)],
  ['state checked (aria)', { state: { of: { role: 'radio', name: 'Root user' }, is: 'checked' } }, '<div role="radio" aria-checked="true">Root user</div>', '<div role="radio" aria-checked="false">Root user</div>'],
  ['state selected', { state: { of: { role: 'tab', name: 'Security credentials' }, is: 'selected' } }, '<div role="tab" aria-selected="true">Security credentials</div>', '<div role="tab" aria-selected="false">Security credentials</div>'],
  ['state current', { state: { of: { role: 'link', name: 'Users' }, is: 'current' } }, '<a href="#/users" aria-current="page">Users</a>', '<a href="#/users" aria-current="false">Users</a>'],
  ['state expanded', { state: { of: { role: 'button', name: 'Services' }, is: 'expanded' } }, '<button aria-expanded="true">Services</button>', '<button aria-expanded="false">Services</button>'],
  ['state pressed', { state: { of: { role: 'button', name: 'Dark' }, is: 'pressed' } }, '<button aria-pressed="true">Dark</button>', '<button>Dark</button>'],
  ['state of the target', { state: { of: 'target', is: 'checked' } }, CHECKBOX(true), CHECKBOX(false), { target: '#c' }],
];

describe('done conditions: each with a page where it holds and one where it does not', () => {
  it.each(table)('%s', (_name, condition, positive, negative, options = {}) => {
    for (const [html, expected] of [[positive, true], [negative, false]] as const) {
      const doc = dom(html);
      const target = options.target ? doc.querySelector(options.target) : null;
      const clicked = expected ? (options.clicked ?? false) : false;
      expect(conditionHolds(condition, doc, page(options.pageIds), target, events(clicked)), expected ? 'holds' : 'does not hold').toBe(expected);
    }
  });

  it('page: holds on the page by its id (URL and signature), not on another', () => {
    expect(conditionHolds({ page: 'iam.users' }, dom(''), page(['iam.users']), null, events())).toBe(true);
    expect(conditionHolds({ page: 'iam.users' }, dom(''), page(['iam.dashboard']), null, events())).toBe(false);
  });

  it('a flash already on screen when the step started does not count', () => {
    const doc = dom(FLASH);
    expect(conditionHolds({ flash: { type: 'success' } }, doc, page(), null, { clicked: false, flashesAtStart: currentFlashes(doc) })).toBe(false);
  });

  it('manual never holds by itself: the student presses Done', () => {
    expect(conditionHolds({ manual: true }, dom(''), page(), null, events(true))).toBe(false);
  });
});

describe('a step is done when', () => {
  const step = (done: LoadedStep['done']) => ({ id: 's', title: 's', done, content: [], verifiable: true }) as LoadedStep;
  const doc = dom(FLASH);
  const clicked = { clicked: true, flashesAtStart: new Set<Element>() };

  it.each([
    ['any: one of them holds', step({ any: [{ page: 'iam.users' }, { clicked: true }] }), true],
    ['any: none holds', step({ any: [{ page: 'iam.users' }, { appears: { text: 'Nope' } }] }), false],
    ['all: every one holds', step({ all: [{ clicked: true }, { flash: { type: 'success' } }] }), true],
    ['all: one does not', step({ all: [{ clicked: true }, { page: 'iam.users' }] }), false],
    ['all with a manual one: never by itself', step({ all: [{ clicked: true }, { manual: true }] }), false],
  ] as const)('%s', (_name, s, expected) => {
    expect(stepDone(s, doc, page(['iam.dashboard']), null, clicked)).toBe(expected);
  });
});
