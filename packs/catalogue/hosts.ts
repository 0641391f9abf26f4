/**
 * The console and sign-in hosts of the three AWS partitions (commercial, GovCloud, China).
 * Used for the manifest's host permissions and content-script matches, so both stay identical.
 */
export const PARTITION_DOMAINS = ['aws.amazon.com', 'amazonaws-us-gov.com', 'amazonaws.cn'] as const;

export const consoleHostPatterns: readonly string[] = PARTITION_DOMAINS.flatMap((domain) => [
  `https://console.${domain}/*`,
  `https://*.console.${domain}/*`,
  `https://signin.${domain}/*`,
  `https://*.signin.${domain}/*`,
]);

/**
 * The public site's console page, where signing out of the console ends since 2024
 * (shared/reference/real-console-2026.md §1): `aws-site` in page patterns.
 */
export const AWS_SITE_HOST = 'aws.amazon.com';
export const AWS_SITE_CONSOLE_URL = `https://${AWS_SITE_HOST}/console/`;

/**
 * The content script also runs on that one page (path-scoped, to show the step that leads back to
 * sign-in), never elsewhere on the public site, and with no host permission for it.
 */
export const AWS_SITE_CONSOLE_PATTERN = `https://${AWS_SITE_HOST}/console/*`;

/** Where the content script runs: the console and sign-in hosts, and the public site's console page. */
export const contentScriptMatches: readonly string[] = [...consoleHostPatterns, AWS_SITE_CONSOLE_PATTERN];

/**
 * Who may load the overlay module the content script imports (Chrome's web_accessible_resources).
 * Chrome matches these against the page's origin and refuses a path other than `/*`, so the public
 * site's page needs its origin here; the module's address is random per session all the same.
 */
export const overlayModuleMatches: readonly string[] = [...consoleHostPatterns, `https://${AWS_SITE_HOST}/*`];

/** The partition domain a host belongs to (`us-east-1.console.aws.amazon.com` → `aws.amazon.com`), or null. */
export function partitionOf(hostname: string): (typeof PARTITION_DOMAINS)[number] | null {
  const host = hostname.toLowerCase();
  return PARTITION_DOMAINS.find((domain) => host === domain || host.endsWith(`.${domain}`)) ?? null;
}

/** A console or sign-in host of any partition, any region or account subdomain: the hosts the extension runs on. */
export function isConsoleOrSigninHost(hostname: string, domains: readonly string[] = PARTITION_DOMAINS): boolean {
  const host = hostname.toLowerCase();
  return domains.some((domain) => ['console', 'signin'].some((kind) => host === `${kind}.${domain}` || host.endsWith(`.${kind}.${domain}`)));
}

/** The public site's console page itself (`https://aws.amazon.com/console/`, with or without the slash), nothing else of the site. */
export function isAwsSiteConsolePage(url: URL): boolean {
  return url.protocol === 'https:' && url.hostname === AWS_SITE_HOST && url.port === '' && (url.pathname === '/console/' || url.pathname === '/console');
}
