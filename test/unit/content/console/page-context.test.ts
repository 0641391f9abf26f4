import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readIdentity, readPageContext, readRegion, signatureHolds } from '../../../../content/console/page-context';
import { CATALOGUE } from '../../../../packs/catalogue/catalogue';
import { withoutCounter } from '../../../../content/console/names';
import type { PageDefinition } from '../../../../packs/format/schema';

/** The markup the console uses for what a signature reads: the h1, the wizard's current step, the selected tab. */
function consoleDom({ heading, wizardStep, wizardStepNumber = 2, tab, session }: { heading?: string; wizardStep?: string; wizardStepNumber?: number; tab?: string; session?: string }): Document {
  const doc = new JSDOM('<!doctype html><html><head></head><body></body></html>').window.document;
  if (session) {
    const meta = doc.createElement('meta');
    meta.name = 'awsc-session-data';
    meta.content = session;
    doc.head.append(meta);
  }
  if (heading) doc.body.append(Object.assign(doc.createElement('h1'), { textContent: heading }));
  if (wizardStep) {
    // Cloudscape's wizard: its step navigation, a list with the current step's link marked.
    const wizard = doc.createElement('div');
    wizard.className = 'awsui_wizard_1xupv_ia7rj_41';
    const nav = doc.createElement('nav');
    nav.setAttribute('aria-label', 'Steps');
    const list = doc.createElement('ul');
    for (let n = 1; n <= Math.max(4, wizardStepNumber); n++) {
      const item = doc.createElement('li');
      const link = doc.createElement('a');
      link.textContent = n === wizardStepNumber ? `Step ${n} ${wizardStep}` : `Step ${n} Other`;
      if (n === wizardStepNumber) link.setAttribute('aria-current', 'step');
      item.append(link);
      list.append(item);
    }
    nav.append(list);
    wizard.append(nav);
    doc.body.append(wizard);
  }
  if (tab) {
    const button = doc.createElement('button');
    button.setAttribute('role', 'tab');
    button.setAttribute('aria-selected', 'true');
    button.textContent = tab;
    doc.body.append(button);
  }
  return doc;
}

const first = (names: string | string[] | undefined) => (Array.isArray(names) ? names[0] : names);
/** Pages told apart by what the page reads (heading, wizard step, tab); those recognised by elements (`has`) have their own table below. */
const signed = CATALOGUE.filter(
  (page): page is PageDefinition & { signature: NonNullable<PageDefinition['signature']> } => page.signature !== undefined && !page.signature.has && !page.signature.lacks,
);

/** Read the page as the runner does: wizard step, tab and heading from the DOM. */
function holds(page: PageDefinition, doc: Document): boolean {
  const { wizardStep, wizardStepNumber, activeTab } = readPageContext(doc, new URL('https://console.aws.amazon.com/'), []);
  const h1 = doc.querySelector('h1');
  const heading = h1 ? withoutCounter(h1.textContent ?? '') : null;
  return signatureHolds(page, { wizardStep, wizardStepNumber, activeTab }, heading);
}

describe('page signatures: every catalogue page, with a DOM that shows it and one that does not', () => {
  it.each(signed.map((page) => [page.id, page] as const))('%s', (_id, page) => {
    const { heading, wizardStep, tab } = page.signature;
    const positive = consoleDom({ heading: first(heading) && `${first(heading)} (3)`, wizardStep: first(wizardStep), wizardStepNumber: page.signature.wizardStepNumber, tab: first(tab) });
    expect(holds(page, positive), 'its own signature (the h1 with a counter)').toBe(true);
    const negative = consoleDom({ heading: heading && 'Something else', wizardStep: wizardStep && 'Another step', tab: tab && 'Permissions' });
    expect(holds(page, negative), 'another heading, step or tab').toBe(false);
    expect(holds(page, consoleDom({})), 'an empty page').toBe(false);
  });

  it('every alternative name of a heading is accepted, case and spacing aside', () => {
    const page = CATALOGUE.find((p) => p.id === 'iam.security-credentials')!;
    for (const name of page.signature!.heading as string[]) expect(holds(page, consoleDom({ heading: `  ${name.toUpperCase()} ` }))).toBe(true);
  });
});

describe('identity and region (never stored)', () => {
  it.each([
    ['root', JSON.stringify({ sessionARN: 'arn:aws:iam::123456789012:root' }), 'root'],
    ['IAM user', JSON.stringify({ sessionARN: 'arn:aws:iam::123456789012:user/admin' }), 'iam-user'],
    ['assumed role', JSON.stringify({ sessionARN: 'arn:aws:sts::123456789012:assumed-role/r/s' }), 'iam-user'],
    ['no ARN', JSON.stringify({}), null],
    ['broken JSON', '{not json', null],
  ] as const)('%s', (_name, session, expected) => {
    expect(readIdentity(consoleDom({ session }))).toBe(expected);
  });

  it.each([
    ['https://eu-west-1.console.aws.amazon.com/iam/home', 'eu-west-1'],
    ['https://console.aws.amazon.com/cloudwatch/home?region=us-east-2', 'us-east-2'],
    ['https://us-gov-west-1.console.amazonaws-us-gov.com/iam/home', 'us-gov-west-1'],
    ['https://console.aws.amazon.com/iam/home', null],
    ['https://signin.aws.amazon.com/signin', null],
    ['https://123456789012-abcd1234.us-west-2.console.aws.amazon.com/iam/home#/users', 'us-west-2'],
    ['https://123456789012-abcd1234.us-west-2.console.aws.amazon.com/iam/home?region=eu-west-1', 'us-west-2'],
    ['https://123456789012-abcd1234.console.aws.amazon.com/cloudwatch/home?region=ap-south-1', 'ap-south-1'],
    ['https://us-east-1.signin.aws.amazon.com/oauth', 'us-east-1'],
    ['https://aws.amazon.com/console/', null],
    ['https://aws.amazon.com/console/?region=us-east-1', null],
    ['https://eu-west-1.evil.example/iam/home', null],
    ['https://console.aws.amazon.com/iam/home?region=..%2Fevil', null],
  ] as const)('%s → %s', (url, region) => {
    expect(readRegion(new URL(url))).toBe(region);
  });
});

describe('the page context', () => {
  it('a page whose URL matches but whose DOM does not (yet) is known by URL only', () => {
    const url = new URL('https://us-east-1.console.aws.amazon.com/iam/home#/users');
    const rendering = readPageContext(consoleDom({}), url, CATALOGUE);
    expect(rendering.urlPageIds).toContain('iam.users');
    expect(rendering.pageIds).not.toContain('iam.users');
    expect(readPageContext(consoleDom({ heading: 'Users (2)' }), url, CATALOGUE).pageIds).toContain('iam.users');
  });
});

describe('the page context off the console: the public site\'s console page', () => {
  it('is the signed-out landing page, with no region and nobody signed in', () => {
    const session = JSON.stringify({ sessionARN: 'arn:aws:iam::123456789012:root' });
    const context = readPageContext(consoleDom({ heading: 'AWS Management Console', session }), new URL('https://aws.amazon.com/console/?region=us-east-1'), CATALOGUE);
    expect(context.pageIds).toEqual(['aws.console-landing']);
    expect(context.identity).toBeNull();
    expect(context.region).toBeNull();
  });
});

/**
 * A sign-in page as markup, with boxes for what is not hidden (jsdom has no layout). Two designs
 * share the URLs: the legacy form and the 2024 redesign, with other headings and labels but the same ids.
 */
function signInDom(body: string): Document {
  const { window } = new JSDOM(`<!doctype html><html><body>${body}</body></html>`, { url: 'https://signin.aws.amazon.com/signin' });
  window.Element.prototype.getClientRects = function (this: Element) {
    return (this.closest('[hidden], [style*="display: none"]') ? [] : [{ x: 0, y: 0, width: 10, height: 10 }]) as unknown as DOMRectList;
  };
  Object.assign(globalThis, { NodeFilter: window.NodeFilter, HTMLInputElement: window.HTMLInputElement, HTMLLabelElement: window.HTMLLabelElement });
  return window.document;
}

const field = (id: string, label: string, type = 'text') => `<label for="${id}">${label}</label><input id="${id}" type="${type}">`;
const radios = (legacy: boolean) =>
  legacy
    ? `<input type="radio" id="root_user_radio_button" name="t" value="root" checked><label for="root_user_radio_button">Root user</label><input type="radio" id="iam_user_radio_button" name="t" value="iam"><label for="iam_user_radio_button">IAM user</label>`
    : `<p>Access your AWS account by user type.</p><input type="radio" name="userType" value="ROOT" aria-label="Root user"><input type="radio" name="userType" value="IAM" aria-label="IAM user">`;

const SIGN_IN_PAGES: [design: string, page: string, html: string, expected: string[]][] = [
  ['legacy', 'choose the user type', `<h1>Sign in</h1>${radios(true)}${field('resolving_input', 'Root user email address', 'email')}<button id="next_button">Next</button>`, ['signin.root']],
  ['legacy', 'root password', `<h1>Root user sign in</h1><div hidden>${field('resolving_input', 'Root user email address')}</div>${field('password', 'Password', 'password')}<button id="signin_button">Sign in</button>`, ['signin.root']],
  ['legacy', 'IAM user form', `<h1>Sign in as IAM user</h1>${field('account', 'Account ID (12 digits) or account alias')}${field('username', 'IAM user name')}${field('password', 'Password', 'password')}<button id="signin_button">Sign in</button>`, ['signin.iam-user']],
  ['2024', 'choose the user type', `<div id="__next"><h1>Sign in</h1>${radios(false)}${field('resolving_input', 'Email address', 'email')}<button id="next_button">Next</button></div>`, ['signin.root']],
  ['2024', 'root password', `<div id="__next"><h1>Sign in</h1><h2>Root user sign in</h2>${field('password', 'Password', 'password')}<button id="signin_button">Sign in</button></div>`, ['signin.root']],
  ['2024', 'IAM user form', `<div id="__next"><h1>Sign in</h1><h2>IAM user sign in</h2>${field('account', 'Account ID or alias')}${field('username', 'IAM username')}${field('password', 'Password', 'password')}<button id="signin_button">Sign in</button></div>`, ['signin.iam-user']],
  ['2024', 'IAM user form headed as the old one', `<h1>Sign in as IAM user</h1>${field('account', 'Account ID')}${field('username', 'IAM username')}${field('password', 'Password', 'password')}`, ['signin.iam-user']],
  ['either', 'MFA', `<h1>Multi-factor authentication</h1>${field('mfaCode', 'MFA code')}<button id="mfa_submit_button">Submit</button>`, ['signin.mfa']],
  ['either', 'register root MFA', `<h1>Register a passkey for your root user</h1><button id="register_passkey_button">Register passkey</button><button>Skip for now</button>`, ['signin.register-root-mfa']],
  ['either', 'change password', `<h1>Change password</h1>${field('old_password', 'Old password', 'password')}${field('new_password', 'New password', 'password')}`, ['signin.change-password']],
  ['either', 'still rendering', `<div id="__next"></div>`, []],
];

describe('the sign-in pages, recognised by their ids in both designs', () => {
  const signInIds = ['signin.root', 'signin.iam-user', 'signin.mfa', 'signin.register-root-mfa', 'signin.change-password'];

  it.each(SIGN_IN_PAGES)('%s design, %s', (_design, _page, html, expected) => {
    for (const path of ['/signin', '/console', '/oauth']) {
      const url = new URL(`https://signin.aws.amazon.com${path}?redirect_uri=x`);
      const found = readPageContext(signInDom(html), url, CATALOGUE).pageIds.filter((id) => signInIds.includes(id));
      expect(found, path).toEqual(expected.filter((id) => CATALOGUE.find((p) => p.id === id)!.urls.some((u) => u.path.some((glob) => glob === path || glob === '/**'))));
    }
  });

  it('on an account\'s own sign-in host too', () => {
    const html = SIGN_IN_PAGES.find(([design, page]) => design === '2024' && page === 'IAM user form')![2];
    expect(readPageContext(signInDom(html), new URL('https://123456789012.signin.aws.amazon.com/console'), CATALOGUE).pageIds).toContain('signin.iam-user');
  });

  it('counts only what is shown: a hidden IAM form does not make the root password step the IAM user\'s', () => {
    const html = `<h1>Root user sign in</h1><div style="display: none">${field('username', 'IAM username')}</div>${field('password', 'Password', 'password')}`;
    expect(readPageContext(signInDom(html), new URL('https://signin.aws.amazon.com/signin'), CATALOGUE).pageIds).toEqual(['signin.root']);
  });

  it('a signature with `has` does not hold when nothing can look at the page', () => {
    const root = CATALOGUE.find((p) => p.id === 'signin.root')!;
    expect(signatureHolds(root, { wizardStep: null, wizardStepNumber: null, activeTab: null }, 'Sign in')).toBe(false);
  });
});
