import { describe, expect, it } from 'vitest';
import { MatchPattern } from '@webext-core/match-patterns';
import { consoleHostPatterns } from '../../../../packs/catalogue/hosts';

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
