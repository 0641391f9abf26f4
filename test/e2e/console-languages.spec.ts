import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect, iamUrl, overlayHost } from './fixtures';
import { readPack, readProgress, startPack } from '../support/packs';
import { dictionary } from '../practice-console/src/i18n';
import { within } from '../support/timeouts';
import { describeTarget } from '../../packs/format/describe-target';

/**
 * An English pack on a console in Japanese and in German (the browser, and so the coach's own words,
 * stay English): names the label tables translate are found in the console's language, a name a
 * table lacks is found by the target's other locator, and where nothing else finds it the callout
 * says what it looked for and offers "I did this", never a dead end. The notification at the end
 * has no translation in either table: it counts by its type.
 */
const PACK = readPack('test/fixtures/packs/password-policy-any-language.yaml');

/** What each step finds on that console: the console's own name for it, or nothing (the learner acts and says so). */
const EXPECTED: Record<'ja' | 'de', Record<string, { shows: string } | 'missing'>> = {
  // ja.yaml has every name this pack uses.
  ja: {
    'edit-policy': { shows: '編集' },
    'choose-custom': { shows: 'カスタム' },
    'allow-change': { shows: 'ユーザーにパスワードの変更を許可' },
    'save-policy': { shows: '変更の保存' },
  },
  // de.yaml has Edit and Save changes but not the panel's heading, Custom or the checkbox: only the
  // target's second locator can find Edit (without its panel) and Custom (by structure); nothing
  // finds the checkbox.
  de: {
    'edit-policy': { shows: 'Bearbeiten' },
    'choose-custom': { shows: 'Benutzerdefiniert' },
    'allow-change': 'missing',
    'save-policy': { shows: 'Änderungen speichern' },
  },
};

const callout = (page: Page) => overlayHost(page).locator('[data-cc="callout"]');
const spotlight = (page: Page) => overlayHost(page).locator('[data-cc="spotlight"]');

/** The control under the spotlight's centre (marked so the test can read it), and that centre. */
async function underSpotlight(page: Page): Promise<{ control: Locator; x: number; y: number }> {
  const box = (await spotlight(page).boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.evaluate(([px, py]) => {
    document.querySelectorAll('[data-under-spotlight]').forEach((el) => el.removeAttribute('data-under-spotlight'));
    const at = document.elementFromPoint(px!, py!);
    (at?.closest('button, input, a, [role]') ?? at)?.setAttribute('data-under-spotlight', '');
  }, [x, y]);
  return { control: page.locator('[data-under-spotlight]'), x, y };
}

for (const language of ['ja', 'de'] as const) {
  test.describe(`an English pack on a console in ${language === 'ja' ? 'Japanese' : 'German'}`, () => {
    test.use({ consoleLanguage: language });

    test('finds what the tables name, falls back to structure, and never leaves the learner stuck', async ({ page, serviceWorker }) => {
      test.setTimeout(within(90_000));
      const words = dictionary(language);
      await page.goto(iamUrl('/account_settings'));
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await startPack(serviceWorker, PACK);
      for (const step of PACK.sections[0]!.steps) {
        const expected = EXPECTED[language][step.id]!;
        await expect(callout(page)).toHaveAttribute('data-step-id', step.id, { timeout: within(15_000) });
        if (expected === 'missing') {
          // Nothing finds it on this console: the callout says what it looked for, in the pack's words.
          await expect(callout(page)).toHaveAttribute('data-state', 'missing', { timeout: within(15_000) });
          await expect(callout(page)).toContainText(`Can't find ${describeTarget(step.target)} on this page`);
          await expect(callout(page).locator('[data-cc="console-name"]')).toHaveCount(0);
          await page.screenshot({ path: `test-results/screens/console-${language}-${step.id}-missing.png` });
          // The learner finds it by its own name on the screen, does it, and says so.
          const english = step.id === 'choose-custom' ? 'Custom' : 'Allow users to change their own password';
          await page.locator('#root').getByRole(step.id === 'choose-custom' ? 'radio' : 'checkbox', { name: words[english] }).check({ timeout: within(10_000) });
          await callout(page).getByRole('button', { name: 'I did this' }).click();
          continue;
        }
        await expect(callout(page)).toHaveAttribute('data-state', 'anchored', { timeout: within(15_000) });
        await expect(callout(page)).toHaveAttribute('data-matches', '1');
        // The callout names the control as this console does, with the pack's English.
        if (step.id === 'choose-custom' && language === 'ja') await expect(callout(page).locator('[data-cc="console-name"]')).toHaveText(`On this console: ${expected.shows} (Custom)`);
        // The spotlight is on the console's own control, named in the console's language.
        const { control, x, y } = await underSpotlight(page);
        await expect(control).toHaveAccessibleName(new RegExp(`^${expected.shows}`));
        await page.screenshot({ path: `test-results/screens/console-${language}-${step.id}.png` });
        await page.mouse.click(x, y);
      }
      await expect.poll(async () => Object.keys(await readProgress(serviceWorker, PACK.id)).length, { timeout: within(15_000) }).toBe(4);
      const progress = await readProgress(serviceWorker, PACK.id);
      for (const [stepId, expected] of Object.entries(EXPECTED[language])) {
        expect(progress[stepId], stepId).toMatchObject({ status: 'done', verified: expected !== 'missing' });
      }
    });
  });
}

test.describe('a learner whose browser and console are both in Japanese', () => {
  test.use({ consoleLanguage: 'ja', browserLanguage: 'ja' });

  test("reads the pack's own Japanese, the coach's words and the console's name for the control", async ({ page, serviceWorker }) => {
    test.setTimeout(within(60_000));
    await page.goto(iamUrl('/account_settings'));
    await startPack(serviceWorker, PACK);
    // The pack's own Japanese for its first step, and the coach's words in Japanese.
    await expect(callout(page).locator('h2')).toHaveText('「編集」を選択します', { timeout: within(15_000) });
    await expect(callout(page)).toContainText('「パスワードポリシー」パネルの右上にあります。');
    await expect(callout(page)).toContainText('ステップ 1/4');
    await expect(callout(page)).toHaveAttribute('data-state', 'anchored', { timeout: within(15_000) });
    const { x, y } = await underSpotlight(page);
    await page.mouse.click(x, y);
    // A step the pack has no Japanese for: its English title, the console's word for the control beside the pack's.
    await expect(callout(page)).toHaveAttribute('data-step-id', 'choose-custom', { timeout: within(15_000) });
    await expect(callout(page).locator('h2')).toHaveText('Choose Custom');
    await expect(callout(page).locator('[data-cc="console-name"]')).toHaveText('このコンソールでの表示: カスタム (Custom)', { timeout: within(15_000) });
    await expect(callout(page).locator('[data-cc="console-name"] strong')).toHaveAttribute('lang', 'ja');
    const axe = await new AxeBuilder({ page }).include('console-coach-overlay').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await page.screenshot({ path: 'test-results/screens/console-ja-browser-ja.png' });
  });
});
