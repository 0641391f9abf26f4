import { describe, expect, it } from 'vitest';
import { maskedLocation } from '../../../../content/console/masked-location';

describe('maskedLocation', () => {
  it.each([
    ['https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/users', 'console:/iam/home#/users'],
    ['https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/users/details/alice-smith?section=security_credentials', 'console:/iam/home#/users/details/*'],
    ['https://us-east-1.console.aws.amazon.com/iam/home#/users/details/alice$security_credentials', 'console:/iam/home#/users/details/*/security_credentials'],
    ['https://123456789012.signin.aws.amazon.com/console', 'signin:/console'],
    ['https://console.aws.amazon.com/billing/home#/account', 'console:/billing/home#/account'],
    ['https://console.aws.amazon.com/billing/home#/Account', 'console:/billing/home#/account'],
    ['https://123456789012-abcd1234.us-east-1.console.aws.amazon.com/iam/home#/users', 'console:/iam/home#/users'],
    ['https://aws.amazon.com/console/?nc2=h_ct&src=header-signin', 'aws-site:/console'],
  ])('%s → %s', (href, expected) => {
    expect(maskedLocation(new URL(href))).toBe(expected);
  });

  it('never keeps a segment the catalogue does not know (names, ids, keys)', () => {
    const where = maskedLocation(new URL('https://console.aws.amazon.com/iam/home#/users/details/AKIAEXAMPLE123/secret-value'));
    expect(where).not.toMatch(/AKIA|secret-value/);
  });
});
