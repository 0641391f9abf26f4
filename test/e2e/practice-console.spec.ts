import type { Page } from '@playwright/test';
import { test, expect, iamUrl } from './fixtures';
import { within } from '../support/timeouts';

const billing = (hash: string) => `https://us-east-1.console.aws.amazon.com/billing/home${hash}`;
const cloudwatch = (hash: string) => `https://us-east-1.console.aws.amazon.com/cloudwatch/home?region=us-east-1${hash}`;

interface RouteCheck {
  url: string;
  /** The page's h1 (for wizards, the current step's title). */
  heading: string | RegExp;
  /** Labels and texts the reference gives for this page. */
  texts?: string[];
  /** Element ids the real page carries (sign-in pages). */
  ids?: string[];
  /** The wizard step that must be current (`aria-current="step"`). */
  wizardStep?: string;
  selectedTab?: string;
}

/** Every practice-console route, with what `shared/reference/aws-console.md` says it shows. */
const ROUTES: RouteCheck[] = [
  {
    url: iamUrl('/home'),
    heading: 'IAM Dashboard',
    texts: ['Security recommendations', 'Add MFA for root user', 'Root user has no active access keys', 'AWS Account', 'Account ID', 'Account Alias', 'Sign-in URL for IAM users in this account', 'IAM resources', 'My security credentials'],
  },
  { url: 'https://console.aws.amazon.com/iamv2/home#/home', heading: 'IAM Dashboard' },
  { url: 'https://us-east-1.console.aws.amazon.com/iam/home', heading: 'IAM Dashboard' },
  {
    url: iamUrl('/users'),
    heading: /^Users/,
    texts: ['An IAM user is an identity with long-term credentials that is used to interact with AWS in an account.', 'Create user', 'User name'],
  },
  {
    url: iamUrl('/users/create'),
    heading: 'Specify user details',
    wizardStep: 'Specify user details',
    texts: ['User details', 'User name', 'Provide user access to the AWS Management Console - optional', 'Set permissions', 'Review and create'],
  },
  {
    url: iamUrl('/users/details/alice?section=security_credentials'),
    heading: 'alice',
    selectedTab: 'Security credentials',
    texts: ['Summary', 'Console sign-in', 'Multi-factor authentication (MFA)', 'Assign MFA device', 'Access keys', 'Create access key'],
  },
  { url: iamUrl('/users/details/alice$security_credentials'), heading: 'alice', selectedTab: 'Security credentials' },
  { url: iamUrl('/users/details/alice'), heading: 'alice', selectedTab: 'Permissions' },
  {
    url: iamUrl('/users/details/alice/create-access-key'),
    heading: 'Access key best practices & alternatives',
    wizardStep: 'Access key best practices & alternatives',
    texts: ['Command Line Interface (CLI)', 'Local code', 'Third-party service', 'Application running outside AWS', 'Other'],
  },
  {
    url: iamUrl('/security_credentials'),
    heading: 'My security credentials (root user)',
    texts: ['Multi-factor authentication (MFA)', 'Assign MFA device', 'Access keys'],
  },
  {
    url: iamUrl('/security_credentials/mfa'),
    heading: 'Select MFA device',
    wizardStep: 'Select MFA device',
    texts: ['Device name', 'Passkey or security key', 'Authenticator app', 'Hardware TOTP token'],
  },
  { url: iamUrl('/groups'), heading: /^User groups/, texts: ['Create group'] },
  {
    url: iamUrl('/groups/create'),
    heading: 'Create user group',
    texts: ['Name the group', 'User group name', 'Attach permissions policies - Optional', 'AdministratorAccess'],
  },
  { url: iamUrl('/policies'), heading: /^Policies/, texts: ['AdministratorAccess', 'IAMFullAccess'] },
  { url: iamUrl('/policies/details/arn%3Aaws%3Aiam%3A%3Aaws%3Apolicy%2FAdministratorAccess'), heading: 'AdministratorAccess' },
  { url: iamUrl('/account_settings'), heading: 'Account settings', texts: ['Password policy', 'Edit'] },
  { url: iamUrl('/account_settings/password_policy'), heading: 'Edit password policy', texts: ['IAM default', 'Custom'] },
  { url: iamUrl('/roles'), heading: 'Roles' },
  { url: billing('#/account'), heading: 'Account', texts: ['IAM user and role access to Billing information'] },
  { url: billing('#/preferences'), heading: 'Billing preferences', texts: ['Invoice delivery preferences', 'Alert preferences'] },
  { url: cloudwatch('#alarmsV2:'), heading: /^Alarms/, texts: ['Create alarm'] },
  {
    url: cloudwatch('#alarmsV2:create'),
    heading: 'Specify metric and conditions',
    wizardStep: 'Specify metric and conditions',
    texts: ['Select metric', 'Configure actions', 'Add name and description', 'Preview and create'],
  },
  { url: 'https://us-east-1.console.aws.amazon.com/console/home?region=us-east-1#', heading: 'Console Home' },
  {
    url: 'https://signin.aws.amazon.com/signin',
    heading: 'Sign in',
    texts: ['Root user', 'IAM user'],
    ids: ['root_user_radio_button', 'iam_user_radio_button', 'resolving_input', 'next_button'],
  },
  {
    url: 'https://123456789012.signin.aws.amazon.com/console',
    // The new sign-in page (default) or the legacy one (`PRACTICE_VARIANTS=signin=legacy`).
    heading: /^(IAM user sign in|Sign in as IAM user)$/,
    texts: ['Sign in using root user email'],
    ids: ['account', 'username', 'password', 'signin_button'],
  },
];

async function checkRoute(page: Page, route: RouteCheck) {
  await page.goto(route.url);
  await expect(page.getByRole('heading', { level: 1 }).filter({ hasText: route.heading }).first()).toBeVisible();
  for (const text of route.texts ?? []) {
    await expect(page.getByText(text, { exact: true }).first(), `"${text}" on ${route.url}`).toBeAttached();
  }
  for (const id of route.ids ?? []) await expect(page.locator(`[id="${id}"]`)).toBeVisible();
  if (route.wizardStep) {
    await expect(page.locator('nav[aria-label="Steps"] [aria-current="step"]')).toContainText(route.wizardStep);
  }
  if (route.selectedTab) {
    await expect(page.getByRole('tab', { selected: true })).toHaveText(route.selectedTab);
  }
}

test('every practice-console route shows the heading and labels of the real console', async ({ page, backend }) => {
  test.setTimeout(within(120_000));
  backend.dispatch({ type: 'createUser', name: 'alice', consoleAccess: true, passwordKind: 'autogenerated', mustChangePassword: false, groups: [], policies: ['AdministratorAccess'] });
  for (const route of ROUTES) await checkRoute(page, route);
});

test('console pages carry the global header hooks and the session data of the signed-in identity', async ({ page }) => {
  await page.goto(iamUrl('/users'));
  for (const testId of ['awsc-nav-account-menu-button', 'awsc-nav-regions-menu-button', 'awsc-concierge-input']) {
    await expect(page.getByTestId(testId)).toBeVisible();
  }
  await expect(page.getByTestId('awsc-nav-regions-menu-button')).toHaveText('Global');
  await expect(page.locator('nav[aria-label="Identity and Access Management (IAM Console)"] [data-testid="iamv2-side-navigation"]')).toBeAttached();
  await expect(page.locator('[data-testid="iamv2-side-navigation"] a[aria-current="page"]')).toHaveText('Users');
  const session = JSON.parse((await page.locator('meta[name="awsc-session-data"]').getAttribute('content')) ?? '{}');
  expect(session).toMatchObject({ accountId: '123456789012', displayName: 'root', sessionARN: 'arn:aws:iam::123456789012:root' });
});

test('nobody signed in: console pages send you to sign-in and back', async ({ page, backend }) => {
  backend.dispatch({ type: 'signOut' });
  await page.goto(iamUrl('/users'));
  await expect(page).toHaveURL(/^https:\/\/signin\.aws\.amazon\.com\/signin\?redirect_uri=/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
});
