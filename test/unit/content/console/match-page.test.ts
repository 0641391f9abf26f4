import { describe, expect, it } from 'vitest';
import { matchPages, normaliseHash } from '../../../../content/console/match-page';
import { CATALOGUE } from '../../../../packs/catalogue/catalogue';

const pages = CATALOGUE;
const best = (url: string) => matchPages(new URL(url), pages)[0]?.id ?? null;
const all = (url: string) => matchPages(new URL(url), pages).map((p) => p.id);

/** Per page: URLs that must land on it (as the most specific match) and URLs that must not. */
const TABLE: Record<string, { yes: string[]; no: string[] }> = {
  'console.home': {
    yes: ['https://us-east-1.console.aws.amazon.com/console/home?region=us-east-1#', 'https://console.amazonaws.cn/console/home'],
    no: ['https://signin.aws.amazon.com/console/home', 'https://console.aws.amazon.com/iam/home'],
  },
  'iam.dashboard': {
    yes: [
      'https://us-east-1.console.aws.amazon.com/iam/home?region=eu-west-2#/home',
      'https://console.aws.amazon.com/iam/home#/home',
      'https://console.aws.amazon.com/iam/home',
      'https://console.aws.amazon.com/iamv2/home#/home',
      'https://console.aws.amazon.com/iam/home?#/',
      'https://abc.us-east-1.console.aws.amazon.com/iam/home#/home',
      'https://console.amazonaws-us-gov.com/iam/home#/home',
    ],
    no: ['http://console.aws.amazon.com/iam/home#/home', 'https://console.aws.amazon.com.evil.example/iam/home', 'https://console.aws.amazon.com/iam/homepage'],
  },
  'iam.users': {
    yes: ['https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-2#/users', 'https://console.aws.amazon.com/iam/home?#/users', 'https://console.aws.amazon.com/iamv2/home#/users/'],
    no: ['https://console.aws.amazon.com/iam/home#/users/create', 'https://console.aws.amazon.com/iam/home#/groups'],
  },
  'iam.users.create': {
    yes: ['https://console.aws.amazon.com/iam/home#/users/create', 'https://console.aws.amazon.com/iam/home?region=us-east-2#/users$new?step=details'],
    no: ['https://console.aws.amazon.com/iam/home#/users', 'https://console.aws.amazon.com/iam/home#/groups/create'],
  },
  'iam.user': {
    yes: ['https://console.aws.amazon.com/iam/home#/users/details/alice', 'https://console.aws.amazon.com/iam/home?#/users/alice', 'https://console.aws.amazon.com/iam/home#/users/details/alice?section=permissions'],
    no: ['https://console.aws.amazon.com/iam/home#/users/details/alice/create-access-key', 'https://console.aws.amazon.com/iam/home#/users'],
  },
  'iam.user.security-credentials': {
    yes: [
      'https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-2#/users/details/alice?section=security_credentials',
      'https://console.aws.amazon.com/iam/home#/users/details/alice$security_credentials',
      'https://console.aws.amazon.com/iam/home?#/users/alice?section=security_credentials',
    ],
    no: ['https://console.aws.amazon.com/iam/home#/users/details/alice?section=permissions', 'https://console.aws.amazon.com/iam/home#/security_credentials'],
  },
  'iam.user.create-access-key': {
    yes: ['https://console.aws.amazon.com/iam/home#/users/details/alice/create-access-key'],
    no: ['https://console.aws.amazon.com/iam/home#/users/details/alice', 'https://console.aws.amazon.com/iam/home#/security_credentials/create-access-key'],
  },
  'iam.user.assign-mfa': { yes: ['https://console.aws.amazon.com/iam/home#/users/details/alice/mfa'], no: ['https://console.aws.amazon.com/iam/home#/security_credentials/mfa'] },
  'iam.security-credentials': {
    yes: ['https://console.aws.amazon.com/iam/home#/security_credentials', 'https://console.aws.amazon.com/iam/home?#security_credential', 'https://console.aws.amazon.com/iamv2/home#/security_credentials'],
    no: ['https://console.aws.amazon.com/iam/home#/security_credentials/mfa', 'https://console.aws.amazon.com/billing/home#/security_credentials'],
  },
  'iam.security-credentials.assign-mfa': {
    yes: ['https://console.aws.amazon.com/iam/home#/security_credentials/mfa', 'https://console.aws.amazon.com/iamv2/home#/security_credentials/mfa'],
    no: ['https://console.aws.amazon.com/iam/home#/security_credentials'],
  },
  'iam.groups': { yes: ['https://console.aws.amazon.com/iam/home#/groups'], no: ['https://console.aws.amazon.com/iam/home#/groups/create'] },
  'iam.groups.create': {
    yes: ['https://us-east-1.console.aws.amazon.com/iam/home?region=eu-central-1#/groups/create', 'https://console.aws.amazon.com/iamv2/home?region=eu-west-1#/groups/create'],
    no: ['https://console.aws.amazon.com/iam/home#/groups'],
  },
  'iam.group': { yes: ['https://console.aws.amazon.com/iam/home#/groups/details/Admins'], no: ['https://console.aws.amazon.com/iam/home#/groups/create'] },
  'iam.policies': { yes: ['https://console.aws.amazon.com/iam/home#/policies'], no: ['https://console.aws.amazon.com/iam/home#/policies/details/x'] },
  'iam.policy': {
    yes: ['https://console.aws.amazon.com/iam/home#/policies/details/arn%3Aaws%3Aiam%3A%3Aaws%3Apolicy%2FAdministratorAccess?section=permissions'],
    no: ['https://console.aws.amazon.com/iam/home#/policies'],
  },
  'iam.account-settings': { yes: ['https://console.aws.amazon.com/iam/home?#/account_settings'], no: ['https://console.aws.amazon.com/iam/home#/account_settings/password_policy'] },
  'iam.account-settings.password-policy': {
    yes: ['https://console.aws.amazon.com/iam/home#/account_settings/password_policy', 'https://console.aws.amazon.com/iam/home#/account_settings$editPasswordPolicy?step=passwordPolicy'],
    no: ['https://console.aws.amazon.com/iam/home#/account_settings'],
  },
  'billing.account': {
    yes: ['https://console.aws.amazon.com/billing/home#/account', 'https://us-east-1.console.aws.amazon.com/billing/home#/account'],
    no: ['https://console.aws.amazon.com/billing/home#/preferences', 'https://console.aws.amazon.com/iam/home#/account'],
  },
  'billing.preferences': { yes: ['https://console.aws.amazon.com/billing/home#/preferences'], no: ['https://console.aws.amazon.com/billing/home#/account'] },
  'billing.home': { yes: ['https://console.aws.amazon.com/billing/home', 'https://console.aws.amazon.com/billing/home#/'], no: ['https://console.aws.amazon.com/billing/home#/bills'] },
  'cloudwatch.alarms': {
    yes: ['https://us-east-1.console.aws.amazon.com/cloudwatch/home?region=us-east-1#alarmsV2:', 'https://console.aws.amazon.com/cloudwatch/home?region=us-east-1#alarm:alarmFilter=ANY'],
    no: ['https://us-east-1.console.aws.amazon.com/cloudwatch/home?region=us-east-1#alarmsV2:create'],
  },
  'cloudwatch.alarms.create': {
    yes: ['https://us-east-1.console.aws.amazon.com/cloudwatch/home?region=us-east-1#alarmsV2:create', 'https://us-east-1.console.aws.amazon.com/cloudwatch/home?region=us-east-1#alarmsV2:create?~(Page~%27Detail)'],
    no: ['https://us-east-1.console.aws.amazon.com/cloudwatch/home?region=us-east-1#alarmsV2:'],
  },
  'aws.console-landing': {
    yes: ['https://aws.amazon.com/console/', 'https://aws.amazon.com/console', 'https://aws.amazon.com/console/?nc2=h_ct&src=header-signin'],
    no: [
      'https://aws.amazon.com/',
      'https://aws.amazon.com/console/home',
      'https://aws.amazon.com/consoles/',
      'http://aws.amazon.com/console/',
      'https://www.aws.amazon.com/console/',
      'https://docs.aws.amazon.com/console/',
      'https://console.aws.amazon.com/console/',
      'https://signin.aws.amazon.com/console/',
      'https://aws.amazon.com.evil.example/console/',
      'https://amazonaws.cn/console/',
    ],
  },
  'signin.signed-out': {
    yes: ['https://signin.aws.amazon.com/oauth?Action=logout', 'https://signin.amazonaws-us-gov.com/oauth?Action=logout'],
    no: ['https://signin.aws.amazon.com/oauth?client_id=x', 'https://console.aws.amazon.com/oauth?Action=logout'],
  },
};

describe('console page catalogue', () => {
  it('covers every page and wizard step of the reference', () => {
    const ids = pages.map((p) => p.id);
    for (const id of [...Object.keys(TABLE), 'iam.users.create.details', 'iam.users.create.permissions', 'iam.users.create.review', 'iam.users.create.password',
      'iam.user.create-access-key.use-case', 'iam.user.create-access-key.description', 'iam.user.create-access-key.retrieve',
      'iam.security-credentials.assign-mfa.device', 'iam.security-credentials.assign-mfa.setup', 'iam.user.assign-mfa.device', 'iam.user.assign-mfa.setup',
      'cloudwatch.alarms.create.metric', 'cloudwatch.alarms.create.actions', 'cloudwatch.alarms.create.name', 'cloudwatch.alarms.create.preview',
      'signin.root', 'signin.iam-user', 'signin.mfa', 'signin.change-password']) {
      expect(ids).toContain(id);
    }
  });

  for (const [id, { yes, no }] of Object.entries(TABLE)) {
    it(`${id}: matches its URLs and not the others`, () => {
      for (const url of yes) expect(best(url), url).toBe(id);
      for (const url of no) expect(all(url), url).not.toContain(id);
    });
  }

  it('leaves wizard steps to the DOM signature: they share their wizard URL', () => {
    const ids = all('https://console.aws.amazon.com/iam/home#/users/create');
    expect(ids).toEqual(expect.arrayContaining(['iam.users.create.details', 'iam.users.create.permissions', 'iam.users.create.review', 'iam.users.create.password']));
    expect(pages.find((p) => p.id === 'iam.users.create.permissions')?.signature?.wizardStep).toBe('Set permissions');
  });

  it('takes the console\'s hash routes in either case, and paths as written', () => {
    expect(best('https://console.aws.amazon.com/billing/home#/Account')).toBe('billing.account');
    expect(best('https://console.aws.amazon.com/billing/home?region=us-east-1#/ACCOUNT')).toBe('billing.account');
    expect(best('https://console.aws.amazon.com/iam/home#/Users/Details/Alice?section=security_credentials')).toBe('iam.user.security-credentials');
    expect(best('https://us-east-1.console.aws.amazon.com/cloudwatch/home?region=us-east-1#alarmsv2:create')).toBe('cloudwatch.alarms.create');
    expect(all('https://console.aws.amazon.com/Billing/home#/account')).toEqual([]);
    expect(all('https://console.aws.amazon.com/IAM/home#/users')).toEqual([]);
    // The query a route needs is still compared as written.
    expect(all('https://console.aws.amazon.com/iam/home#/users/details/alice?section=SECURITY_CREDENTIALS')).not.toContain('iam.user.security-credentials');
  });

  it('knows a multi-session console host as the console', () => {
    expect(best('https://123456789012-abcd1234.us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/users')).toBe('iam.users');
    expect(best('https://123456789012-abcd1234.eu-west-1.console.aws.amazon.com/billing/home#/account')).toBe('billing.account');
  });

  it('matches no page on other hosts', () => {
    for (const url of ['https://example.com/iam/home#/users', 'https://docs.aws.amazon.com/iam/home', 'https://aws.amazon.com/console/home']) {
      expect(all(url), url).toEqual([]);
    }
  });
});

describe('normaliseHash', () => {
  it.each([
    ['#/users/details/a$security_credentials?x=1', '/users/details/a/security_credentials', 'x=1'],
    ['#/users/', '/users', ''],
    ['#/', '/', ''],
    ['', '', ''],
    ['#alarmsV2:create?~(a)', 'alarmsV2:create', '%7E%28a%29='],
  ])('%s', (hash, path, query) => {
    const result = normaliseHash(hash);
    expect(result.path).toBe(path);
    expect(result.query.toString()).toBe(query);
  });
});
