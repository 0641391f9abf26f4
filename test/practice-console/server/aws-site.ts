/**
 * `https://aws.amazon.com/console/`: the public site's console page, where signing out ends today
 * (shared/reference/real-console-2026.md §1). A plain page, not the console app: it is not part of
 * the console and carries no session data. Its one link leads back to the console, which sends
 * whoever is not signed in to sign-in.
 */
export const AWS_SITE_SIGN_IN_LINK = 'https://console.aws.amazon.com/console/home';

export function awsSiteConsolePage(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>AWS Management Console</title>
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
  <span class="site-logo" role="img" aria-label="Amazon Web Services">aws</span>
  <nav aria-label="Site"><span>Products</span><span>Solutions</span><span>Pricing</span><span>Documentation</span><span>Learn</span></nav>
  <span class="practice-badge" title="This is a practice console, not AWS">Practice console</span>
</header>
<main>
  <section class="hero">
    <h1>AWS Management Console</h1>
    <p>Everything you need to access and manage the AWS Cloud — in one web interface.</p>
    <a class="cta" href="${AWS_SITE_SIGN_IN_LINK}">Sign in to the Console</a>
  </section>
  <section class="features" aria-label="Features">
    <div><h2>Manage your account</h2><p>Manage your account, billing and security settings in one place.</p></div>
    <div><h2>Monitor your resources</h2><p>Find and act on the resources that need your attention.</p></div>
    <div><h2>Mobile access</h2><p>Use the AWS Console Mobile Application to stay in touch on the go.</p></div>
  </section>
</main>
<footer>© 2026, Amazon Web Services, Inc. or its affiliates. (Practice console: not AWS. Nothing here leaves your machine.)</footer>
</body>
</html>`;
}
