/**
 * `https://aws.amazon.com/console/`: the public site's console page, where signing out ends today
 * (shared/reference/real-console-2026.md §1). A plain page, not the console app: it is not part of
 * the console and carries no session data. Its one link leads back to the console, which sends
 * whoever is not signed in to sign-in.
 */
export const AWS_SITE_SIGN_IN_LINK = 'https://console.aws.amazon.com/console/home';

import type { Language } from '../src/i18n/languages';

/**
 * The page's words in Japanese and German (the site keeps its own language; the practice console
 * follows `noflush_locale` here too). no AWS source found for any of them.
 */
const WORDS: Record<Exclude<Language, 'en'>, Record<string, string>> = {
  ja: {
    'AWS Management Console': 'AWS マネジメントコンソール',
    'Amazon Web Services': 'Amazon Web Services',
    Site: 'サイト',
    Products: '製品',
    Solutions: 'ソリューション',
    Pricing: '料金',
    Documentation: 'ドキュメント',
    Learn: '学習',
    'This is a practice console, not AWS': 'これは練習用コンソールです (AWS ではありません)',
    'Practice console': '練習用コンソール',
    'Everything you need to access and manage the AWS Cloud — in one web interface.': 'AWS クラウドへのアクセスと管理に必要なすべてを、1 つのウェブインターフェイスで。',
    'Sign in to the Console': 'コンソールにサインイン',
    Features: '特徴',
    'Manage your account': 'アカウントを管理',
    'Manage your account, billing and security settings in one place.': 'アカウント、請求、セキュリティの設定を 1 か所で管理できます。',
    'Monitor your resources': 'リソースをモニタリング',
    'Find and act on the resources that need your attention.': '対応が必要なリソースを見つけて対処できます。',
    'Mobile access': 'モバイルアクセス',
    'Use the AWS Console Mobile Application to stay in touch on the go.': 'AWS Console Mobile Application を使えば、外出先でも状況を把握できます。',
    '© 2026, Amazon Web Services, Inc. or its affiliates. (Practice console: not AWS. Nothing here leaves your machine.)':
      '© 2026, Amazon Web Services, Inc. or its affiliates. (練習用コンソール: AWS ではありません。ここから外部には何も送信されません。)',
  },
  de: {
    'AWS Management Console': 'AWS-Managementkonsole',
    'Amazon Web Services': 'Amazon Web Services',
    Site: 'Website',
    Products: 'Produkte',
    Solutions: 'Lösungen',
    Pricing: 'Preise',
    Documentation: 'Dokumentation',
    Learn: 'Lernen',
    'This is a practice console, not AWS': 'Dies ist eine Übungskonsole, nicht AWS',
    'Practice console': 'Übungskonsole',
    'Everything you need to access and manage the AWS Cloud — in one web interface.': 'Alles, was Sie für den Zugriff auf die AWS Cloud und ihre Verwaltung brauchen – in einer Weboberfläche.',
    'Sign in to the Console': 'Bei der Konsole anmelden',
    Features: 'Funktionen',
    'Manage your account': 'Konto verwalten',
    'Manage your account, billing and security settings in one place.': 'Verwalten Sie Konto-, Fakturierungs- und Sicherheitseinstellungen an einem Ort.',
    'Monitor your resources': 'Ressourcen überwachen',
    'Find and act on the resources that need your attention.': 'Finden Sie die Ressourcen, die Ihre Aufmerksamkeit brauchen, und handeln Sie.',
    'Mobile access': 'Mobiler Zugriff',
    'Use the AWS Console Mobile Application to stay in touch on the go.': 'Bleiben Sie mit der AWS Console Mobile Application auch unterwegs auf dem Laufenden.',
    '© 2026, Amazon Web Services, Inc. or its affiliates. (Practice console: not AWS. Nothing here leaves your machine.)':
      '© 2026, Amazon Web Services, Inc. oder Tochterfirmen. (Übungskonsole: nicht AWS. Nichts hiervon verlässt Ihren Rechner.)',
  },
};

export function awsSiteConsolePage(language: Language = 'en'): string {
  const w = (text: string) => (language === 'en' ? text : (WORDS[language][text] ?? text));
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${w('AWS Management Console')}</title>
<link rel="icon" href="data:,">
<style>
  body { margin: 0; font-family: 'Amazon Ember', 'Helvetica Neue', Roboto, Arial, sans-serif; color: #16191f; background: #fff; }
  .site-header { display: flex; align-items: center; gap: 24px; padding: 12px 32px; background: #232f3e; color: #fff; }
  .site-logo { font-size: 26px; font-weight: 700; letter-spacing: -1px; }
  .site-header nav { display: flex; gap: 20px; font-size: 14px; color: #d5dbdb; }
  .practice-badge { margin-left: auto; padding: 2px 8px; border-radius: 10px; background: #ff9900; color: #16191f; font-size: 12px; font-weight: 700; }
  .hero { padding: 64px 32px 56px; background: linear-gradient(120deg, #0f1b2a, #233e5e); color: #fff; }
  .hero h1 { margin: 0 0 16px; font-size: 44px; font-weight: 700; }
  .hero p { max-width: 640px; margin: 0 0 32px; font-size: 20px; line-height: 1.4; color: #e9ebed; }
  .cta { display: inline-block; padding: 12px 28px; border-radius: 20px; background: #ff9900; color: #16191f; font-size: 18px; font-weight: 700; text-decoration: none; }
  .cta:hover { background: #ec7211; }
  .cta:focus-visible { outline: 3px solid #fff; outline-offset: 3px; }
  .features { display: grid; grid-template-columns: repeat(auto-fit, minmax(220px, 1fr)); gap: 24px; padding: 40px 32px; }
  .features h2 { margin: 0 0 8px; font-size: 20px; }
  .features p { margin: 0; color: #5f6b7a; line-height: 1.5; }
  footer { padding: 24px 32px; font-size: 12px; color: #5f6b7a; border-top: 1px solid #e9ebed; }
</style>
</head>
<body>
<header class="site-header">
  <span class="site-logo" role="img" aria-label="${w('Amazon Web Services')}">aws</span>
  <nav aria-label="${w('Site')}"><span>${w('Products')}</span><span>${w('Solutions')}</span><span>${w('Pricing')}</span><span>${w('Documentation')}</span><span>${w('Learn')}</span></nav>
  <span class="practice-badge" title="${w('This is a practice console, not AWS')}">${w('Practice console')}</span>
</header>
<main>
  <section class="hero">
    <h1>${w('AWS Management Console')}</h1>
    <p>${w('Everything you need to access and manage the AWS Cloud — in one web interface.')}</p>
    <a class="cta" href="${AWS_SITE_SIGN_IN_LINK}">${w('Sign in to the Console')}</a>
  </section>
  <section class="features" aria-label="${w('Features')}">
    <div><h2>${w('Manage your account')}</h2><p>${w('Manage your account, billing and security settings in one place.')}</p></div>
    <div><h2>${w('Monitor your resources')}</h2><p>${w('Find and act on the resources that need your attention.')}</p></div>
    <div><h2>${w('Mobile access')}</h2><p>${w('Use the AWS Console Mobile Application to stay in touch on the go.')}</p></div>
  </section>
</main>
<footer>${w('© 2026, Amazon Web Services, Inc. or its affiliates. (Practice console: not AWS. Nothing here leaves your machine.)')}</footer>
</body>
</html>`;
}
