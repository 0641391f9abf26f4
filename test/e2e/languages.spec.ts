import AxeBuilder from '@axe-core/playwright';
import { test, expect, IAM_HOME } from './fixtures';
import { OverlayPage } from './overlay-pages';
import { readMessages, type Language } from '../support/i18n';

/**
 * The coach in the browser's language: Chromium started with --lang (and the pages' locale), a
 * built-in tutorial started from the popup, and the callout, the popup and the library read in
 * that language, with no axe violations, in screenshots (test-results/screens/language-*.png).
 */
for (const language of ['ja', 'de'] as const satisfies readonly Language[]) {
  test.describe(`the coach in ${language}`, () => {
    test.use({ browserLanguage: language });
    const m = Object.fromEntries(Object.entries(readMessages(language)).map(([key, { message }]) => [key, message]));
    const en = Object.fromEntries(Object.entries(readMessages('en')).map(([key, { message }]) => [key, message]));
    /** A message with its substitutions filled in, as the extension shows it. */
    const say = (key: string, ...subs: (string | number)[]) => m[key]!.replace(/\$([1-9])/g, (_, n: string) => String(subs[Number(n) - 1]));

    test('callout, popup and library speak it', async ({ context, page, extensionId }) => {
      await page.goto(IAM_HOME);
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 380, height: 600 });
      await popup.goto(`chrome-extension://${extensionId}/popup.html`);
      await expect(popup.locator('html')).toHaveAttribute('lang', language);

      // The pack list: its facts and Start button in the language; the pack's own title stays the author's.
      const card = popup.locator('[data-pack-id="iam-first-steps"]');
      await expect(card.getByRole('button', { name: m.buttonStart, exact: true })).toBeVisible();
      await expect(card).toContainText(m.packMeta!.split('$1')[1]!.split('$2')[0]!.trim());
      await expect(popup.getByRole('button', { name: m.popupPackLibrary, exact: true })).toBeVisible();
      await expect(popup.getByText(m.overlayToggle!, { exact: true })).toBeVisible();
      await card.getByRole('button', { name: m.buttonStart, exact: true }).click();

      // The running pack: Resume, Switch pack, the checklist's statuses, its buttons' names.
      await expect(popup.getByRole('button', { name: m.buttonResume, exact: true })).toBeVisible();
      await expect(popup.getByRole('button', { name: m.buttonSwitchPack, exact: true })).toBeVisible();
      const current = popup.locator('[data-status="current"]');
      await expect(current).toContainText(m.statusCurrent!);
      await expect(popup.locator('[data-step-id="install-authenticator"]')).toContainText(m.statusTodo!);
      await expect(popup.getByRole('progressbar', { name: m.popupProgress })).toBeVisible();

      // The callout on the console: "Step n of m" in the language. Mark the steps before the
      // manual one done from the checklist; the manual step's callout then has Done (完了 / Fertig).
      const overlay = new OverlayPage(page);
      await expect(overlay.callout).toBeVisible();
      await expect(overlay.callout.locator('.cc-progress')).toHaveText(new RegExp(`^${say('calloutStepOf', '\\d+', '\\d+')}$`));
      await expect(overlay.callout.locator('[data-cc="note"]')).toBeAttached();
      for (const step of ['open-dashboard', 'add-root-mfa']) {
        const row = popup.locator(`[data-step-id="${step}"]`);
        const markDone = row.getByRole('button', { name: new RegExp(`^${m.checklistMarkDoneLabel!.replace('$1', '')}`) });
        if (await markDone.count()) await markDone.click();
        await expect(row).toHaveAttribute('data-status', 'done');
      }
      await expect(overlay.callout).toHaveAttribute('data-step-id', 'install-authenticator');
      const done = overlay.callout.getByRole('button', { name: m.buttonDone, exact: true });
      await expect(done).toBeVisible();
      await expect(overlay.callout.getByRole('button', { name: en.buttonDone, exact: true })).toHaveCount(0);
      await expect(overlay.callout.getByRole('button', { name: m.buttonBack, exact: true })).toBeVisible();
      await expect(overlay.callout.getByRole('button', { name: m.calloutMinimise })).toBeVisible();
      await expect(page.locator('console-coach-overlay .cc-root')).toHaveAttribute('lang', language);
      await page.screenshot({ path: `test-results/screens/language-${language}-callout.png` });
      const calloutAxe = await new AxeBuilder({ page }).include('console-coach-overlay').analyze();
      expect(calloutAxe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

      // Done in the callout shows in the popup's checklist as self-reported, in the language.
      await done.click();
      const manual = popup.locator('[data-step-id="install-authenticator"]');
      await expect(manual).toHaveAttribute('data-status', 'done');
      await expect(manual).toContainText(m.statusDoneSelf!);
      await expect(popup.locator('.cc-progress-text')).toHaveText(new RegExp(`^${say('popupDoneOfTotal', 3, '\\d+')}$`));
      await popup.bringToFront();
      await popup.screenshot({ path: `test-results/screens/language-${language}-popup.png` });
      const popupAxe = await new AxeBuilder({ page: popup }).analyze();
      expect(popupAxe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

      // The library: its headings, the import controls, the installed packs and their facts.
      const library = await context.newPage();
      await library.goto(`chrome-extension://${extensionId}/options.html`);
      await expect(library.locator('html')).toHaveAttribute('lang', language);
      await expect(library.getByRole('heading', { level: 1, name: m.libraryTitle })).toBeVisible();
      await expect(library.getByRole('heading', { name: m.installedHeading, exact: true })).toBeVisible();
      await expect(library.getByRole('heading', { name: m.importHeading, exact: true })).toBeVisible();
      await expect(library.getByLabel(m.importPack!, { exact: true })).toBeAttached();
      await expect(library.getByRole('heading', { name: m.progressHeading, exact: true })).toBeVisible();
      await expect(library.getByRole('heading', { name: m.authorHeading, exact: true })).toBeVisible();
      await expect(library.locator('[data-pack-id="iam-first-steps"]')).toContainText(m.libBuiltIn!);
      await expect(library.getByRole('button', { name: m.buttonRemove, exact: true })).toHaveCount(0); // built-in packs are hidden, not removed
      await expect(library.getByRole('button', { name: m.buttonHide, exact: true }).first()).toBeVisible();
      await library.screenshot({ path: `test-results/screens/language-${language}-library.png`, fullPage: true });
      const libraryAxe = await new AxeBuilder({ page: library }).analyze();
      expect(libraryAxe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    });
  });
}
