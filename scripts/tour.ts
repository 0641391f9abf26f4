import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';

/** The main practice-console pages, in the order a student meets them. */
export const TOUR: { file: string; url: string; openCoach?: boolean }[] = [
  { file: '01-iam-dashboard.png', url: 'https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/home', openCoach: true },
  { file: '02-users.png', url: 'https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/users' },
  { file: '03-create-user.png', url: 'https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/users/create' },
  { file: '04-root-security-credentials.png', url: 'https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/security_credentials' },
  { file: '05-assign-mfa.png', url: 'https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/security_credentials/mfa' },
  { file: '06-user-groups.png', url: 'https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/groups/create' },
  { file: '07-account-settings.png', url: 'https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/account_settings' },
  { file: '08-billing-account.png', url: 'https://us-east-1.console.aws.amazon.com/billing/home#/account' },
  { file: '09-billing-preferences.png', url: 'https://us-east-1.console.aws.amazon.com/billing/home#/preferences' },
  { file: '10-cloudwatch-alarms.png', url: 'https://us-east-1.console.aws.amazon.com/cloudwatch/home?region=us-east-1#alarmsV2:' },
  { file: '11-console-home.png', url: 'https://us-east-1.console.aws.amazon.com/console/home?region=us-east-1#' },
  { file: '12-sign-in.png', url: 'https://signin.aws.amazon.com/signin' },
];

/** Visit each page of the tour and save a PNG; reports whether the extension's overlay was there. */
export async function takeTourScreenshots(context: BrowserContext, outDir: string) {
  const page = context.pages()[0] ?? (await context.newPage());
  const shots: { file: string; url: string; overlay: boolean }[] = [];
  for (const { file, url, openCoach } of TOUR) {
    await page.goto(url);
    await page.locator('h1').first().waitFor({ timeout: 15_000 });
    const overlay = await page
      .locator('console-coach-overlay')
      .waitFor({ state: 'attached', timeout: 5_000 })
      .then(() => true)
      .catch(() => false);
    // The README's picture shows the coach opened, not just its pill.
    if (overlay && openCoach) await page.getByRole('button', { name: 'Show Console Coach' }).click();
    await page.screenshot({ path: join(outDir, file) });
    shots.push({ file, url, overlay });
  }
  return shots;
}
