import { describe, expect, it } from 'vitest';
import { MatchPattern } from '@webext-core/match-patterns';
import { consoleHostPatterns, contentScriptMatches, isAwsSiteConsolePage, isConsoleOrSigninHost, overlayModuleMatches } from '../../../../packs/catalogue/hosts';

const matches = (url: string) => consoleHostPatterns.some((pattern) => new MatchPattern(pattern).includes(url));

describe('console host patterns', () => {
  it('lists the console and sign-in hosts of all three partitions, and nothing else', () => {
    expect([...consoleHostPatterns].sort()).toEqual(
      [
        'https://console.aws.amazon.com/*',
        'https://*.console.aws.amazon.com/*',
        'https://signin.aws.amazon.com/*',
        'https://*.signin.aws.amazon.com/*',
        'https://console.amazonaws-us-gov.com/*',
        'https://*.console.amazonaws-us-gov.com/*',
        'https://signin.amazonaws-us-gov.com/*',
        'https://*.signin.amazonaws-us-gov.com/*',
        'https://console.amazonaws.cn/*',
        'https://*.console.amazonaws.cn/*',
        'https://signin.amazonaws.cn/*',
        'https://*.signin.amazonaws.cn/*',
      ].sort(),
    );
  });

  it.each([
    'https://console.aws.amazon.com/iam/home',
    'https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-2#/users',
    'https://abc123.us-east-1.console.aws.amazon.com/iam/home#/users',
    'https://signin.aws.amazon.com/signin?redirect_uri=x',
    'https://my-alias.signin.aws.amazon.com/console',
    'https://123456789012.signin.aws.amazon.com/oauth?iam_user=true',
    'https://console.amazonaws-us-gov.com/iam/home',
    'https://us-gov-west-1.console.amazonaws-us-gov.com/iam/home',
    'https://signin.amazonaws-us-gov.com/oauth?Action=logout',
    'https://console.amazonaws.cn/iam/home',
    'https://cn-north-1.console.amazonaws.cn/billing/home',
    'https://alias.signin.amazonaws.cn/console/',
  ])('matches %s', (url) => {
    expect(matches(url)).toBe(true);
  });

  it.each([
    'http://console.aws.amazon.com/iam/home',
    'https://aws.amazon.com/',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/introduction.html',
    'https://health.aws.amazon.com/health/home',
    'https://console.aws.amazon.com.evil.example/iam/home',
    'https://evilconsole.aws.amazon.com/iam/home',
    'https://example.com/console.aws.amazon.com/',
    'https://signin.aws.amazon.co/console',
  ])('does not match %s', (url) => {
    expect(matches(url)).toBe(false);
  });
});

describe('the public site\'s console page (where signing out ends)', () => {
  const runsOn = (url: string) => contentScriptMatches.some((pattern) => new MatchPattern(pattern).includes(url));

  it('adds one path-scoped content-script match and no host permission', () => {
    expect(contentScriptMatches.filter((pattern) => !consoleHostPatterns.includes(pattern))).toEqual(['https://aws.amazon.com/console/*']);
    expect(consoleHostPatterns.some((pattern) => pattern.includes('//aws.amazon.com'))).toBe(false);
    // Chrome matches web-accessible resources by origin only: the overlay module is loadable there.
    expect(overlayModuleMatches.filter((pattern) => !consoleHostPatterns.includes(pattern))).toEqual(['https://aws.amazon.com/*']);
  });

  it.each(['https://aws.amazon.com/console/', 'https://aws.amazon.com/console/?nc2=h_ct&src=header-signin'])('the content script runs on %s', (url) => {
    expect(runsOn(url)).toBe(true);
  });

  it.each([
    'https://aws.amazon.com/',
    'https://aws.amazon.com/marketplace/',
    'https://aws.amazon.com/consoles/',
    'https://aws.amazon.com/free/console/',
    'https://www.aws.amazon.com/console/',
    'https://docs.aws.amazon.com/console/',
    'http://aws.amazon.com/console/',
  ])('and nowhere else on the site: not %s', (url) => {
    expect(runsOn(url)).toBe(false);
  });

  it('is not a console or sign-in host, and is recognised only at /console/', () => {
    expect(isConsoleOrSigninHost('aws.amazon.com')).toBe(false);
    expect(isAwsSiteConsolePage(new URL('https://aws.amazon.com/console/'))).toBe(true);
    expect(isAwsSiteConsolePage(new URL('https://aws.amazon.com/console'))).toBe(true);
    for (const url of ['https://aws.amazon.com/', 'http://aws.amazon.com/console/', 'https://aws.amazon.com:444/console/', 'https://aws.amazon.com/console/home', 'https://console.aws.amazon.com/console/']) {
      expect(isAwsSiteConsolePage(new URL(url)), url).toBe(false);
    }
  });
});
