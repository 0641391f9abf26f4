import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readIdentity, readPageContext, readRegion, signatureHolds } from '../../../../content/console/page-context';
import { CATALOGUE } from '../../../../packs/catalogue/catalogue';
import { withoutCounter } from '../../../../content/console/names';
import type { PageDefinition } from '../../../../packs/format/schema';

/** The markup the console uses for what a signature reads: the h1, the wizard's current step, the selected tab. */
function consoleDom({ heading, wizardStep, tab, session }: { heading?: string; wizardStep?: string; tab?: string; session?: string }): Document {
  const doc = new JSDOM('<!doctype html><html><head></head><body></body></html>').window.document;
  if (session) {
    const meta = doc.createElement('meta');
    meta.name = 'awsc-session-data';
    meta.content = session;
    doc.head.append(meta);
  }
  if (heading) doc.body.append(Object.assign(doc.createElement('h1'), { textContent: heading }));
  if (wizardStep) {
    const nav = doc.createElement('nav');
    nav.setAttribute('aria-label', 'Steps');
    const link = doc.createElement('a');
    link.setAttribute('aria-current', 'step');
    link.textContent = `Step 2 ${wizardStep}`;
    nav.append(link);
    doc.body.append(nav);
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
const signed = CATALOGUE.filter((page): page is PageDefinition & { signature: NonNullable<PageDefinition['signature']> } => page.signature !== undefined);

/** Read the page as the runner does: wizard step, tab and heading from the DOM. */
function holds(page: PageDefinition, doc: Document): boolean {
  const step = doc.querySelector('nav[aria-label="Steps"] [aria-current="step"]')?.textContent ?? null;
  const tab = doc.querySelector('[role="tab"][aria-selected="true"]')?.textContent ?? null;
  const h1 = doc.querySelector('h1');
  const heading = h1 ? withoutCounter(h1.textContent ?? '') : null;
  return signatureHolds(page, { wizardStep: step, activeTab: tab }, heading);
}

describe('page signatures: every catalogue page, with a DOM that shows it and one that does not', () => {
  it.each(signed.map((page) => [page.id, page] as const))('%s', (_id, page) => {
    const { heading, wizardStep, tab } = page.signature;
    const positive = consoleDom({ heading: first(heading) && `${first(heading)} (3)`, wizardStep: first(wizardStep), tab: first(tab) });
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
