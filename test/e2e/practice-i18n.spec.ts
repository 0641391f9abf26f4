/**
 * The practice console in Japanese and German (test/practice-console/src/i18n/), without the
 * extension: the language comes from the backend (as `npm start -- --lang ja`), from `?lang=`, and
 * from the `noflush_locale` cookie; `<html lang>` follows it; labels, headings, wizard steps and
 * Cloudscape's own words change, English does not remain.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { launchPracticeBrowser } from '../support/launch';
import { createPracticeBackend } from '../practice-console/server/practice-server';

const SCREENS = 'test-results/screens';
const CONSOLE = 'https://us-east-1.console.aws.amazon.com';
const IAM = (hash: string) => `${CONSOLE}/iam/home?region=us-east-1#${hash}`;

async function shot(page: Page, name: string) {
  mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: `${SCREENS}/practice-${name}.png`, fullPage: true });
}

const PAGES = {
  ja: {
    dashboard: 'IAM ダッシュボード', addMfa: 'MFA を追加', users: 'ユーザー',
    createUserSteps: ['ユーザーの詳細を指定', '許可を設定', '確認して作成', 'パスワードを取得'], userName: 'ユーザー名', next: '次へ', cancel: 'キャンセル',
    assignMfa: 'MFA デバイスの割り当て', authenticatorApp: '認証アプリ', deviceName: 'デバイス名',
    passwordPolicy: 'パスワードポリシー', editPasswordPolicy: 'パスワードポリシーを編集', saveChanges: '変更の保存',
    billingPreferences: '請求設定', alertPreferences: 'アラート設定',
    createAlarm: 'アラームの作成', alarmSteps: ['メトリクスと条件の指定', 'アクションの設定', '名前と説明を追加', 'プレビューと作成'], selectMetric: 'メトリクスの選択',
    signIn: 'サインイン', rootUser: 'ルートユーザー', iamUser: 'IAM ユーザー',
  },
  de: {
    dashboard: 'IAM-Dashboard', addMfa: 'MFA hinzufügen', users: 'Benutzer',
    createUserSteps: ['Benutzerdetails angeben', 'Berechtigungen festlegen', 'Überprüfen und erstellen', 'Passwort abrufen'], userName: 'Benutzername', next: 'Weiter', cancel: 'Abbrechen',
    assignMfa: 'MFA-Gerät zuweisen', authenticatorApp: 'Authenticator-App', deviceName: 'Gerätename',
    passwordPolicy: 'Passwortrichtlinie', editPasswordPolicy: 'Passwortrichtlinie bearbeiten', saveChanges: 'Änderungen speichern',
    billingPreferences: 'Fakturierungseinstellungen', alertPreferences: 'Warnungseinstellungen',
    createAlarm: 'Alarm erstellen', alarmSteps: ['Metrik und Bedingungen angeben', 'Aktionen konfigurieren', 'Name und Beschreibung hinzufügen', 'Vorschau und Erstellung'], selectMetric: 'Metrik auswählen',
    signIn: 'Anmelden', rootUser: 'Root-Benutzer', iamUser: 'IAM-Benutzer',
  },
} as const;

/** English a translated page must no longer show (its headings, controls and Cloudscape's own words). */
const ENGLISH = ['IAM Dashboard', 'Add MFA', 'Specify user details', 'Set permissions', 'Next', 'Cancel', 'Assign MFA device', 'Authenticator app', 'Device name', 'Edit password policy', 'Create alarm', 'Billing preferences'];

for (const language of ['ja', 'de'] as const) {
  const words = PAGES[language];
  test(`the practice console in ${language}: key pages, by role and name`, async () => {
    test.setTimeout(120_000);
    const backend = createPracticeBackend({ language, billing: { iamAccessActivated: false, billingAlertsEnabled: true, freeTierAlerts: true } });
    const { context, userDataDir } = await launchPracticeBrowser({ headless: true, withExtension: false, backend, viewport: { width: 1440, height: 900 } });
    try {
      const page = await context.newPage();
      const noEnglish = async () => {
        for (const english of ENGLISH) await expect(page.getByRole('button', { name: english, exact: true })).toHaveCount(0);
        for (const english of ENGLISH) await expect(page.getByRole('heading', { name: english, exact: true })).toHaveCount(0);
      };

      await page.goto(IAM('/home'));
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page.getByRole('heading', { name: words.dashboard, level: 1 })).toBeVisible();
      await expect(page.getByRole('button', { name: words.addMfa })).toBeVisible();
      await expect(page.getByRole('link', { name: words.users, exact: true }).first()).toBeVisible();
      await noEnglish();
      await shot(page, `${language}-iam-dashboard`);

      await page.goto(IAM('/users/create'));
      const steps = page.locator('nav').filter({ has: page.locator('[aria-current="step"]') });
      for (const title of words.createUserSteps.slice(0, 3)) await expect(steps.getByText(title, { exact: true })).toBeVisible();
      await expect(page.getByRole('heading', { name: words.createUserSteps[0], level: 1 })).toBeVisible();
      await expect(page.getByLabel(words.userName, { exact: true })).toBeVisible();
      await expect(page.getByRole('button', { name: words.next, exact: true })).toBeVisible();
      await expect(page.getByRole('button', { name: words.cancel, exact: true })).toBeVisible();
      await noEnglish();
      await shot(page, `${language}-create-user`);

      await page.goto(IAM('/security_credentials'));
      await page.getByRole('button', { name: words.assignMfa }).first().click();
      await expect(page.getByRole('heading', { name: words.assignMfa, level: 1 }).or(page.getByRole('link', { name: words.assignMfa }))).toBeVisible();
      await expect(page.getByLabel(words.deviceName, { exact: true })).toBeVisible();
      await expect(page.getByRole('radio', { name: new RegExp(words.authenticatorApp) })).toBeAttached();
      await noEnglish();
      await shot(page, `${language}-assign-mfa`);

      await page.goto(IAM('/account_settings'));
      await expect(page.getByRole('heading', { name: words.passwordPolicy }).first()).toBeVisible();
      await page.goto(IAM('/account_settings/password_policy'));
      await expect(page.getByRole('heading', { name: words.editPasswordPolicy, level: 1 })).toBeVisible();
      await expect(page.getByRole('button', { name: words.saveChanges })).toBeVisible();
      await noEnglish();
      await shot(page, `${language}-password-policy`);

      await page.goto(`${CONSOLE}/billing/home#/preferences`);
      await expect(page.getByRole('heading', { name: words.billingPreferences, level: 1 })).toBeVisible();
      await expect(page.getByRole('heading', { name: words.alertPreferences })).toBeVisible();
      await noEnglish();
      await shot(page, `${language}-billing-preferences`);

      await page.goto(`${CONSOLE}/cloudwatch/home?region=us-east-1#alarmsV2:create`);
      for (const title of words.alarmSteps) await expect(page.getByText(title, { exact: true }).first()).toBeVisible();
      await expect(page.getByRole('button', { name: words.selectMetric })).toBeVisible();
      await noEnglish();
      await shot(page, `${language}-cloudwatch-create-alarm`);

      backend.dispatch({ type: 'signOut' });
      await page.goto('https://signin.aws.amazon.com/signin');
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page.getByRole('heading', { name: words.signIn, level: 1 })).toBeVisible();
      await expect(page.getByText(words.rootUser, { exact: true }).first()).toBeVisible();
      await expect(page.getByText(words.iamUser, { exact: true }).first()).toBeVisible();
      await expect(page.getByText('Root user', { exact: true })).toHaveCount(0);
      await shot(page, `${language}-signin`);
    } finally {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    }
  });
}

/** The pages translated in the second pass: users, user details, the access key wizard, groups, Billing's account page, alarms, sign-in. */
const MORE = {
  ja: {
    users: 'ユーザー', createUser: 'ユーザーの作成', userName: 'ユーザー名', summary: '概要',
    tabs: ['許可', 'グループ', 'タグ', 'セキュリティ認証情報', '最終アクセス'], securityCredentials: 'セキュリティ認証情報',
    createAccessKey: 'アクセスキーを作成', accessKeySteps: ['アクセスキーのベストプラクティスと代替案', '説明タグを設定', 'アクセスキーを取得'],
    cli: 'コマンドラインインターフェイス (CLI)', understand: '上記のレコメンデーションを理解し、アクセスキーの作成に進みます。',
    accessKeyCreated: 'アクセスキーを作成しました', secretAccessKey: 'シークレットアクセスキー', done: '完了',
    userGroups: 'ユーザーグループ', createGroup: 'グループの作成', createUserGroup: 'ユーザーグループを作成', usersInGroup: 'このグループのユーザー',
    account: 'アカウント', iamAccess: '請求情報への IAM ユーザーおよびロールのアクセス', deactivated: '非アクティブ化済み', edit: '編集',
    alarms: 'アラーム', createAlarm: 'アラームの作成', noAlarms: 'アラームなし', name: '名前',
    emailAddress: 'E メールアドレス', awsSite: 'AWS マネジメントコンソール', awsSiteSignIn: 'コンソールにサインイン', rootSignIn: 'ルートユーザーのサインイン', password: 'パスワード', signIn: 'サインイン',
  },
  de: {
    users: 'Benutzer', createUser: 'Benutzer erstellen', userName: 'Benutzername', summary: 'Zusammenfassung',
    tabs: ['Berechtigungen', 'Gruppen', 'Tags', 'Sicherheitsanmeldeinformationen', 'Letzter Zugriff'], securityCredentials: 'Sicherheitsanmeldeinformationen',
    createAccessKey: 'Zugriffsschlüssel erstellen', accessKeySteps: ['Bewährte Methoden und Alternativen für Zugriffsschlüssel', 'Beschreibungs-Tag festlegen', 'Zugriffsschlüssel abrufen'],
    cli: 'Befehlszeilenschnittstelle (CLI)', understand: 'Ich habe die obige Empfehlung verstanden und möchte mit der Erstellung eines Zugriffsschlüssels fortfahren.',
    accessKeyCreated: 'Zugriffsschlüssel erstellt', secretAccessKey: 'Geheimer Zugriffsschlüssel', done: 'Fertig',
    userGroups: 'Benutzergruppen', createGroup: 'Gruppe erstellen', createUserGroup: 'Benutzergruppe erstellen', usersInGroup: 'Benutzer in dieser Gruppe',
    account: 'Konto', iamAccess: 'IAM-Benutzer- und Rollenzugriff auf Fakturierungsinformationen', deactivated: 'Deaktiviert', edit: 'Bearbeiten',
    alarms: 'Alarme', createAlarm: 'Alarm erstellen', noAlarms: 'Keine Alarme', name: 'Name',
    emailAddress: 'E-Mail-Adresse', awsSite: 'AWS-Managementkonsole', awsSiteSignIn: 'Bei der Konsole anmelden', rootSignIn: 'Anmeldung als Root-Benutzer', password: 'Passwort', signIn: 'Anmelden',
  },
} as const;

/** English that those pages must no longer show, as buttons, headings, tabs, column headers or form labels. */
const MORE_ENGLISH = [
  'Users', 'Create user', 'Delete', 'User name', 'Path', 'Groups', 'Last activity', 'Password age', 'Console last sign-in', 'Access key ID',
  'Summary', 'Permissions', 'Tags', 'Security credentials', 'Last Accessed', 'Console sign-in', 'Permissions policies', 'Policy name', 'Attached via',
  'Create access key', 'Access key best practices & alternatives', 'Use case', 'Set description tag', 'Description tag value', 'Retrieve access keys',
  'Access key', 'Secret access key', 'Done', 'Show', 'Download .csv file', 'Next', 'Cancel', 'Previous',
  'User groups', 'Create group', 'Create user group', 'Group name', 'Creation time', 'Users in this group', 'Name the group', 'User group name',
  'Account', 'Account settings', 'Contact information', 'Alternate contacts', 'IAM user and role access to Billing information', 'Edit',
  'Alarms', 'Create alarm', 'Actions', 'Name', 'State', 'Last state update', 'Conditions', 'No alarms',
  'Root user sign in', 'Password', 'Sign in', 'Forgot password?', 'Sign in to a different account',
];

for (const language of ['ja', 'de'] as const) {
  const words = MORE[language];
  test(`the practice console in ${language}: users, user details, access key wizard, groups, billing account, alarms, sign-in password`, async () => {
    test.setTimeout(240_000);
    const backend = createPracticeBackend({
      language,
      groups: [{ name: 'Admins', policies: ['AdministratorAccess'], createdAt: '2026-01-01T00:00:00Z' }],
      users: [{ name: 'alice', createdAt: '2026-01-01T00:00:00Z', consoleAccess: true, mustChangePassword: false, groups: ['Admins'], policies: [], mfaDevices: [], accessKeys: [] }],
    });
    const { context, userDataDir } = await launchPracticeBrowser({ headless: true, withExtension: false, backend, viewport: { width: 1440, height: 900 } });
    try {
      const page = await context.newPage();
      // Words a language shares with English (German "Tags") are no sign of an untranslated page.
      const localized = new Set<string>(Object.values(words).flat());
      const english = MORE_ENGLISH.filter((word) => !localized.has(word));
      const anyEnglish = new RegExp(`^(${english.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`);
      const noEnglish = async () => {
        for (const role of ['button', 'heading', 'tab', 'columnheader'] as const) {
          await expect(page.getByRole(role, { name: anyEnglish }), `an English ${role}`).toHaveCount(0);
        }
        await expect(page.getByLabel(anyEnglish), 'an English form label').toHaveCount(0);
      };

      await page.goto(IAM('/users'));
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page.getByRole('heading', { name: words.users, level: 1 })).toBeVisible();
      await expect(page.getByRole('button', { name: words.createUser })).toBeVisible();
      await expect(page.getByRole('columnheader', { name: words.userName })).toBeVisible();
      await expect(page.getByRole('link', { name: 'alice', exact: true })).toBeVisible();
      await noEnglish();
      await shot(page, `${language}-users`);

      await page.getByRole('link', { name: 'alice', exact: true }).click();
      await expect(page.getByRole('heading', { name: 'alice', level: 1 })).toBeVisible();
      await expect(page.getByRole('heading', { name: words.summary })).toBeVisible();
      for (const tab of words.tabs) await expect(page.getByRole('tab', { name: tab, exact: true })).toBeVisible();
      await expect(page.getByText('AdministratorAccess', { exact: true })).toBeVisible();
      await noEnglish();
      await shot(page, `${language}-user-details`);
      await page.getByRole('tab', { name: words.securityCredentials, exact: true }).click();
      await expect(page.getByRole('button', { name: words.createAccessKey }).first()).toBeVisible();
      await noEnglish();
      await shot(page, `${language}-user-security-credentials`);

      await page.getByRole('button', { name: words.createAccessKey }).first().click();
      await expect(page.getByRole('heading', { name: words.accessKeySteps[0] }).first()).toBeVisible();
      await page.getByRole('radio', { name: words.cli }).check({ force: true });
      await page.getByText(words.understand).click();
      await noEnglish();
      await shot(page, `${language}-access-key-use-case`);
      await page.getByRole('button', { name: PAGES[language].next, exact: true }).click();
      await expect(page.getByRole('heading', { name: words.accessKeySteps[1] }).first()).toBeVisible();
      await noEnglish();
      await page.getByRole('button', { name: words.createAccessKey, exact: true }).click();
      await expect(page.getByRole('heading', { name: words.accessKeySteps[2] }).first()).toBeVisible();
      await expect(page.getByText(words.accessKeyCreated, { exact: true })).toBeVisible();
      await expect(page.getByText(words.secretAccessKey, { exact: true })).toBeVisible();
      await expect(page.getByRole('button', { name: words.done, exact: true })).toBeVisible();
      await noEnglish();
      await shot(page, `${language}-access-key-retrieve`);

      await page.goto(IAM('/groups'));
      await expect(page.getByRole('heading', { name: words.userGroups, level: 1 })).toBeVisible();
      await expect(page.getByRole('button', { name: words.createGroup })).toBeVisible();
      await noEnglish();
      await shot(page, `${language}-groups`);
      await page.goto(IAM('/groups/details/Admins'));
      await expect(page.getByRole('heading', { name: words.usersInGroup })).toBeVisible();
      await noEnglish();
      await page.goto(IAM('/groups/create'));
      await expect(page.getByRole('heading', { name: words.createUserGroup, level: 1 })).toBeVisible();
      await expect(page.getByRole('button', { name: words.createGroup })).toBeVisible();
      await noEnglish();
      await shot(page, `${language}-create-group`);

      await page.goto(`${CONSOLE}/billing/home#/account`);
      await expect(page.getByRole('heading', { name: words.account, level: 1 })).toBeVisible();
      await expect(page.getByRole('heading', { name: words.iamAccess })).toBeVisible();
      await expect(page.getByText(words.deactivated, { exact: true })).toBeVisible();
      await noEnglish();
      await shot(page, `${language}-billing-account`);

      await page.goto(`${CONSOLE}/cloudwatch/home?region=us-east-1#alarmsV2:`);
      await expect(page.getByRole('heading', { name: words.alarms, level: 1 })).toBeVisible();
      await expect(page.getByRole('button', { name: words.createAlarm }).first()).toBeVisible();
      await expect(page.getByText(words.noAlarms, { exact: true })).toBeVisible();
      await expect(page.getByRole('columnheader', { name: words.name, exact: true })).toBeVisible();
      await noEnglish();
      await shot(page, `${language}-alarms`);

      await page.goto('https://aws.amazon.com/console/');
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await expect(page.getByRole('heading', { name: words.awsSite, level: 1 })).toBeVisible();
      await expect(page.getByRole('link', { name: words.awsSiteSignIn })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Sign in to the Console' })).toHaveCount(0);

      backend.dispatch({ type: 'signOut' });
      await page.goto('https://signin.aws.amazon.com/signin');
      await page.getByLabel(words.emailAddress).fill('owner@example.com');
      await page.locator('#next_button').click();
      await expect(page.getByRole('heading', { name: words.rootSignIn, level: 1 })).toBeVisible();
      await expect(page.getByLabel(words.password, { exact: true })).toBeVisible();
      await expect(page.getByRole('button', { name: words.signIn, exact: true })).toBeVisible();
      await noEnglish();
      await shot(page, `${language}-signin-password`);
    } finally {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    }
  });
}

test('?lang= chooses the language and keeps it in noflush_locale; an unknown one is English', async () => {
  const backend = createPracticeBackend();
  expect(backend.language).toBe('en');
  const { context, userDataDir } = await launchPracticeBrowser({ headless: true, withExtension: false, backend });
  try {
    const page = await context.newPage();
    await page.goto(IAM('/home'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { name: 'IAM Dashboard', level: 1 })).toBeVisible();

    await page.goto(`${CONSOLE}/iam/home?region=us-east-1&lang=ja#/home`);
    await expect(page.getByRole('heading', { name: 'IAM ダッシュボード', level: 1 })).toBeVisible();
    expect((await context.cookies(CONSOLE)).find((c) => c.name === 'noflush_locale')).toMatchObject({ value: 'ja', domain: '.aws.amazon.com' });
    // The cookie carries it to later pages, on other hosts of the partition too.
    await page.goto(`${CONSOLE}/billing/home#/preferences`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');

    await page.goto(`${CONSOLE}/iam/home?region=us-east-1&lang=xx#/home`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { name: 'IAM Dashboard', level: 1 })).toBeVisible();
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
});
