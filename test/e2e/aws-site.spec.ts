import { test, expect, overlayHost, iamUrl } from './fixtures';
import { within } from '../support/timeouts';

/**
 * Signing out of the console ends on the public site's console page (shared/reference/real-console-2026.md §1).
 * The content script runs there, and nowhere else on aws.amazon.com.
 */
test.describe('the public site\'s console page', () => {
  test.beforeEach(async ({ context }) => {
    await context.route('https://aws.amazon.com/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>AWS Management Console</title><h1>AWS Management Console</h1><a href="https://console.aws.amazon.com/">Sign in to the Console</a>' }),
    );
  });

  test('gets the coach at /console/ and nowhere else on the site', async ({ page }) => {
    await page.goto('https://aws.amazon.com/console/');
    await expect(overlayHost(page)).toHaveCount(1);
    await expect(page.locator('console-coach-overlay [data-cc="dock"]')).toBeVisible();
    // The same console tab elsewhere on the site: no coach.
    await page.goto(iamUrl('/home'));
    await expect(overlayHost(page)).toHaveCount(1);
    for (const url of ['https://aws.amazon.com/', 'https://aws.amazon.com/marketplace/', 'https://aws.amazon.com/consoles/']) {
      await page.goto(url);
      await expect(page.locator('h1')).toBeVisible();
      // Nothing to wait for when nothing may appear: give a content script time it would have had.
      await page.waitForTimeout(within(500));
      await expect(overlayHost(page), url).toHaveCount(0);
    }
  });
});
