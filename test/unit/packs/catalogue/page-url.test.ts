import { describe, expect, it } from 'vitest';
import type { PageDefinition } from '../../../../packs/format/schema';
import { isSafeConsoleUrl, pageUrl } from '../../../../packs/catalogue/page-url';
import { matchPages } from '../../../../content/console/match-page';
import { CATALOGUE } from '../../../../packs/catalogue/catalogue';

const pages = CATALOGUE;

/** Tabs the overlay runs in (and the popup's stand-in, the commercial IAM dashboard). */
const TABS = [
  'https://console.aws.amazon.com/iam/home#/home',
  'https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/home',
  'https://123456789012-abcd1234.us-east-1.console.aws.amazon.com/iam/home#/users',
  'https://signin.aws.amazon.com/signin',
  'https://my-alias.signin.aws.amazon.com/console',
  'https://us-gov-west-1.console.amazonaws-us-gov.com/iam/home#/home',
  'https://console.amazonaws.cn/iam/home#/home',
  'https://aws.amazon.com/console/',
];
const partition = (host: string) => ['amazonaws-us-gov.com', 'amazonaws.cn', 'aws.amazon.com'].find((d) => host.endsWith(d));

/** A page the way a pack could carry it if the loader were bypassed (e.g. written into storage). */
const packPage = (path: string, extra: Partial<PageDefinition['urls'][number]> = {}): PageDefinition => ({
  id: 'evil.page',
  title: 'Evil',
  urls: [{ host: 'console', path: [path], ...extra }],
});

describe('"Go there" addresses', () => {
  it.each(TABS)('opens every catalogue page on a console or sign-in host of the tab\'s partition, from %s', (tab) => {
    const current = new URL(tab);
    for (const page of pages) {
      const url = pageUrl(page, current, undefined, pages);
      expect(url, page.id).not.toBeNull();
      expect(url!.protocol).toBe('https:');
      expect([url!.username, url!.password, url!.port]).toEqual(['', '', '']);
      // The public site's console page is one fixed address, whatever the tab.
      if (page.urls[0]!.host === 'aws-site') {
        expect(url!.href).toBe('https://aws.amazon.com/console/');
        expect(isSafeConsoleUrl(url!, current)).toBe(true);
        continue;
      }
      expect(url!.hostname).toMatch(/(^|\.)(console|signin)\.(aws\.amazon\.com|amazonaws-us-gov\.com|amazonaws\.cn)$/);
      expect(partition(url!.hostname)).toBe(partition(current.hostname));
      expect(isSafeConsoleUrl(url!, current)).toBe(true);
      // It lands on the page, or on the parent a wildcard page opens.
      const landed = matchPages(url!, pages).map((p) => p.id);
      expect(landed, `${page.id} → ${url!.href}`).toContain(page.urls[0]!.path.concat(page.urls[0]!.hash ?? []).some((g) => g.includes('*')) && page.parent ? page.parent : page.id);
    }
  });

  it('keeps the region of a step on the regional console host', () => {
    const url = pageUrl(pages.find((p) => p.id === 'iam.users')!, new URL(TABS[0]!), 'eu-west-2', pages);
    expect(url!.href).toBe('https://eu-west-2.console.aws.amazon.com/iam/home?region=eu-west-2#/users');
  });

  const page = (id: string) => pages.find((p) => p.id === id)!;
  const SESSION_TAB = 'https://123456789012-abcd1234.us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/users';

  it('keeps a multi-session tab in its session, and changes only the region label when a step needs one', () => {
    expect(pageUrl(page('iam.groups'), new URL(SESSION_TAB), undefined, pages)!.href).toBe(
      'https://123456789012-abcd1234.us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/groups',
    );
    expect(pageUrl(page('cloudwatch.alarms'), new URL(SESSION_TAB), 'us-west-2', pages)!.href).toBe(
      'https://123456789012-abcd1234.us-west-2.console.aws.amazon.com/cloudwatch/home?region=us-west-2#alarmsV2:',
    );
    // A session host without a region label gets one after the session label.
    expect(pageUrl(page('iam.users'), new URL('https://123456789012-abcd1234.console.aws.amazon.com/iam/home'), 'eu-west-2', pages)!.hostname).toBe(
      '123456789012-abcd1234.eu-west-2.console.aws.amazon.com',
    );
    // Sign-in pages are on the sign-in host, whatever the session.
    expect(pageUrl(page('signin.root'), new URL(SESSION_TAB), undefined, pages)!.hostname).toBe('signin.aws.amazon.com');
  });

  it.each([
    ['https://evil.example/iam/home', 'eu-west-2.console.aws.amazon.com'],
    ['https://console.aws.amazon.com.evil.example/iam/home', 'eu-west-2.console.aws.amazon.com'],
    ['https://evil.example.us-east-1.console.aws.amazon.com.attacker.example/', 'eu-west-2.console.aws.amazon.com'],
    ['https://a.b.us-east-1.console.aws.amazon.com/iam/home', 'eu-west-2.console.aws.amazon.com'],
    ['https://us-west-1.us-east-1.console.aws.amazon.com/iam/home', 'eu-west-2.console.aws.amazon.com'],
    ['https://-bad-.us-east-1.console.aws.amazon.com/iam/home', 'eu-west-2.console.aws.amazon.com'],
    ['https://signin.aws.amazon.com/oauth', 'eu-west-2.console.aws.amazon.com'],
    ['https://aws.amazon.com/console/', 'eu-west-2.console.aws.amazon.com'],
    ['https://123456789012-abcd1234.us-gov-west-1.console.amazonaws-us-gov.com/iam/home', '123456789012-abcd1234.eu-west-2.console.amazonaws-us-gov.com'],
  ])('builds a region host from the tab %s only on the console of its partition', (tab, host) => {
    const url = pageUrl(page('iam.users'), new URL(tab), 'eu-west-2', pages);
    expect(url!.hostname).toBe(host);
    expect(isSafeConsoleUrl(url!, new URL(tab))).toBe(true);
  });

  it.each(['eu-west-2.evil.example', 'evil.example/', 'us-east-1.console.aws.amazon.com.evil.example#', 'us-east-1@evil.example', 'US-EAST-1', ''])(
    'refuses a step region %j that is not a region code (the loader refuses it too)',
    (region) => {
      for (const tab of [TABS[0]!, SESSION_TAB]) expect(pageUrl(page('iam.users'), new URL(tab), region, pages)).toBeNull();
    },
  );

  it('goes from the public site\'s console page to the sign-in and console hosts, and to that page only', () => {
    const site = new URL('https://aws.amazon.com/console/?nc2=h_ct');
    expect(pageUrl(page('signin.root'), site, undefined, pages)!.href).toBe('https://signin.aws.amazon.com/signin');
    expect(pageUrl(page('iam.dashboard'), site, undefined, pages)!.href).toBe('https://console.aws.amazon.com/iam/home');
    expect(pageUrl(page('aws.console-landing'), new URL(TABS[0]!), 'eu-west-2', pages)!.href).toBe('https://aws.amazon.com/console/');
    const sitePage = (path: string, extra: Partial<PageDefinition['urls'][number]> = {}): PageDefinition => ({ id: 'p', title: 'P', urls: [{ host: 'aws-site', path: [path], ...extra }] });
    for (const refused of [sitePage('/'), sitePage('/console/home'), sitePage('/console/**'), sitePage('//evil.example/console/'), sitePage('/console/', { hash: ['/x'] }), sitePage('/console/', { query: { a: 'b' } })]) {
      expect(pageUrl(refused, site, undefined, pages), JSON.stringify(refused.urls)).toBeNull();
    }
    expect(pageUrl(sitePage('/console'), site, undefined, pages)!.href).toBe('https://aws.amazon.com/console/');
  });

  it.each([
    '//evil.example/x',
    '\\\\evil.example',
    '/\\evil.example/x',
    '\\/evil.example/x',
    '//evil.example:8443/x',
    '//attacker@console.aws.amazon.com/x',
    '//user:pass@console.aws.amazon.com/x',
    '//console.aws.amazon.com:444/x',
    '//console.aws.amazon.com.evil.example/x',
    '//signin.aws.amazon.com/x',
    '//us-east-1.console.aws.amazon.com/x',
    '//console.amazonaws.cn/x',
    'https://evil.example/',
    'http://console.aws.amazon.com/',
    'ftp://console.aws.amazon.com/',
  ])('refuses a page whose path would leave the chosen host: %j', (path) => {
    for (const tab of [TABS[0]!, TABS[3]!]) expect(pageUrl(packPage(path), new URL(tab), undefined, pages)).toBeNull();
  });

  it.each(['.signin-aws-amazon.com.example/login', '@attacker.example/oauth', '/%2F%2Fevil', '/ok:80', 'evil.example', 'https:evil.example'])(
    'keeps a relative path %j on the console host (the loader refuses it anyway)',
    (path) => {
      const url = pageUrl(packPage(path), new URL(TABS[0]!), undefined, pages);
      expect(url === null || url.hostname === 'console.aws.amazon.com').toBe(true);
      if (url) expect([url.username, url.password, url.port]).toEqual(['', '', '']);
    },
  );

  it('keeps hostile hashes and query values inside the fragment and the query', () => {
    const url = pageUrl(packPage('/iam/home', { hash: ['//evil.example/@x'], query: { 'a&b': '//evil.example/?#@' } }), new URL(TABS[0]!), undefined, pages);
    expect(url!.hostname).toBe('console.aws.amazon.com');
    expect(url!.pathname).toBe('/iam/home');
  });

  it('does not loop on pages that name each other as parents', () => {
    const a: PageDefinition = { id: 'a', title: 'A', parent: 'b', urls: [{ host: 'console', path: ['/a/*'] }] };
    const b: PageDefinition = { id: 'b', title: 'B', parent: 'a', urls: [{ host: 'console', path: ['/b/*'] }] };
    expect(pageUrl(a, new URL(TABS[0]!), undefined, [a, b])?.hostname).toBe('console.aws.amazon.com');
  });
});

describe('isSafeConsoleUrl', () => {
  const tab = new URL(TABS[1]!);
  it.each([
    'https://console.aws.amazon.com/iam/home',
    'https://eu-west-1.console.aws.amazon.com/iam/home#/users',
    'https://signin.aws.amazon.com/oauth?Action=logout',
    'https://my-alias.signin.aws.amazon.com/console',
    'https://123456789012-abcd1234.us-east-1.console.aws.amazon.com/iam/home',
    'https://aws.amazon.com/console/',
  ])('accepts %s', (url) => expect(isSafeConsoleUrl(new URL(url), tab)).toBe(true));

  it.each([
    'http://console.aws.amazon.com/iam/home',
    'https://user@console.aws.amazon.com/iam/home',
    'https://user:pw@console.aws.amazon.com/iam/home',
    'https://console.aws.amazon.com:8443/iam/home',
    'https://console.aws.amazon.com.signin-aws-amazon.com.example/login',
    'https://attacker.example/oauth',
    'https://evilconsole.aws.amazon.com/',
    'https://docs.aws.amazon.com/',
    'https://aws.amazon.com/',
    'https://aws.amazon.com/console',
    'https://aws.amazon.com/console/home',
    'https://aws.amazon.com/console/?redirect=https://evil.example',
    'https://aws.amazon.com/console/#x',
    'https://aws.amazon.com/console/../marketplace',
    'http://aws.amazon.com/console/',
    'https://user@aws.amazon.com/console/',
    'https://aws.amazon.com:8443/console/',
    'https://www.aws.amazon.com/console/',
    'https://aws.amazon.com.evil.example/console/',
    'https://console.amazonaws.cn/iam/home',
    'https://console.amazonaws-us-gov.com/iam/home',
    ['java', 'script:alert(1)'].join(''),
    'data:text/html,x',
  ])('refuses %s', (url) => expect(isSafeConsoleUrl(new URL(url), tab)).toBe(false));
});
