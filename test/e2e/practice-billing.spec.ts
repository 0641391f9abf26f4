import { test, expect } from './fixtures';
import { within } from '../support/timeouts';

const billing = (hash: string) => `https://us-east-1.console.aws.amazon.com/billing/home${hash}`;

test('billing: root activates IAM access and billing alerts, then creates a billing alarm in us-east-1', async ({ page, backend }) => {
  test.setTimeout(within(60_000));
  await page.goto(billing('#/account'));
  const access = page.locator('#root').getByRole('heading', { name: 'IAM user and role access to Billing information' }).locator('xpath=ancestor::*[.//button][1]');
  await access.getByRole('button', { name: 'Edit' }).click();
  await page.getByText('Activate IAM Access').click();
  await page.getByRole('button', { name: 'Update' }).click();
  await expect(page.getByText('Activated', { exact: true })).toBeVisible();
  expect(backend.state.billing.iamAccessActivated).toBe(true);

  await page.goto(billing('#/preferences'));
  const alerts = page.locator('#root').getByRole('heading', { name: 'Alert preferences' }).locator('xpath=ancestor::*[.//button][1]');
  await alerts.getByRole('button', { name: 'Edit' }).click();
  await page.getByText('Receive CloudWatch billing alerts').click();
  await page.getByRole('button', { name: 'Update' }).click();
  await expect(page.locator('[data-analytics-flashbar="success"]')).toBeVisible();
  expect(backend.state.billing.billingAlertsEnabled).toBe(true);

  await page.goto('https://us-east-1.console.aws.amazon.com/cloudwatch/home?region=us-east-1#alarmsV2:create');
  await page.getByRole('button', { name: 'Select metric' }).first().click();
  await page.getByRole('dialog').getByText('Billing', { exact: true }).click();
  await page.getByRole('dialog').getByText('Total Estimated Charge').click();
  await page.getByRole('dialog').getByRole('checkbox').first().check();
  await page.getByRole('dialog').getByRole('button', { name: 'Select metric' }).click();
  await page.getByLabel(/than/i).fill('10');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.locator('nav[aria-label="Steps"] [aria-current="step"]')).toContainText('Configure actions');
  await page.screenshot({ path: 'test-results/screens/cloudwatch-configure-actions.png' });
  await page.getByLabel(/Email endpoints/).fill('student@example.com');
  await page.getByRole('button', { name: 'Create topic' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Alarm name').fill('BillingAlarm10');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.locator('nav[aria-label="Steps"] [aria-current="step"]')).toContainText('Preview and create');
  await page.getByRole('button', { name: 'Create alarm' }).click();
  await expect(page.locator('[data-analytics-flashbar="success"]')).toContainText('BillingAlarm10');
  expect(backend.state.alarms).toEqual([expect.objectContaining({ name: 'BillingAlarm10', threshold: 10, emails: ['student@example.com'] })]);
});

test('billing: the metric picker has no Billing metrics outside us-east-1', async ({ page, backend }) => {
  backend.dispatch({ type: 'setAlertPreferences', billingAlertsEnabled: true, freeTierAlerts: true });
  await page.goto('https://eu-west-1.console.aws.amazon.com/cloudwatch/home?region=eu-west-1#alarmsV2:create');
  await page.getByRole('button', { name: 'Select metric' }).first().click();
  await expect(page.getByRole('dialog')).toContainText('No billing metrics');
});
