import { test, expect, overlayHost, iamUrl } from './fixtures';
import { within } from '../support/timeouts';

test.describe('the content script', () => {
  for (const url of [
    iamUrl('/users'),
    'https://console.aws.amazon.com/iam/home',
    'https://signin.aws.amazon.com/signin?redirect_uri=https%3A%2F%2Fconsole.aws.amazon.com%2Fconsole%2Fhome',
    'https://my-alias.signin.aws.amazon.com/console',
    'https://us-gov-west-1.console.amazonaws-us-gov.com/iam/home#/home',
    'https://console.amazonaws.cn/iam/home#/home',
  ]) {
    test(`mounts one overlay with an open shadow root on ${new URL(url).host}${new URL(url).pathname}`, async ({ page }) => {
      await page.goto(url);
      await expect(overlayHost(page)).toHaveCount(1);
      const shadowMode = await overlayHost(page).evaluate((host) => host.shadowRoot?.mode);
      expect(shadowMode).toBe('open');
      await expect(page.locator('console-coach-overlay [data-cc="dock"]')).toBeVisible();
      expect(page.url()).toContain(new URL(url).host);
    });
  }

  test('stays off every other host', async ({ page, context }) => {
    await context.route('https://example.com/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Example</title><h1>Not the AWS console</h1>' }),
    );
    await context.route('https://docs.aws.amazon.com/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Docs</title><h1>AWS documentation</h1>' }),
    );
    // Prove the extension is running in this browser first, so "no overlay" below means "not injected".
    await page.goto(iamUrl('/home'));
    await expect(overlayHost(page)).toHaveCount(1);
    for (const url of ['https://example.com/', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/introduction.html']) {
      await page.goto(url);
      await expect(page.locator('h1')).toBeVisible();
      // Nothing to wait for when nothing may appear: give a content script time it would have had.
      await page.waitForTimeout(within(500));
      await expect(overlayHost(page)).toHaveCount(0);
    }
  });
});

test.describe('extension pages', () => {
  test('the popup opens with its setting and ways onward', async ({ page, extensionId }) => {
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(page.getByRole('heading', { level: 1, name: 'Console Coach' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Show the coach on console pages' })).toBeChecked();
    await expect(page.getByRole('button', { name: 'Pack library' })).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/popup.png' });
  });

  test('the options page opens as the pack library', async ({ page, extensionId }) => {
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(page.getByRole('heading', { level: 1, name: 'Console Coach pack library' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Installed packs' })).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/options.png' });
  });

  test('a storage write from the popup reaches the content script live', async ({ context, page, extensionId }) => {
    await page.goto(iamUrl('/home'));
    const dock = page.locator('console-coach-overlay [data-cc="dock"]');
    await expect(dock).toBeVisible();

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    const toggle = popup.getByRole('checkbox', { name: 'Show the coach on console pages' });
    await toggle.uncheck();
    await expect(dock).toHaveCount(0);
    await toggle.check();
    await expect(dock).toBeVisible();
    await popup.close();
  });
});
