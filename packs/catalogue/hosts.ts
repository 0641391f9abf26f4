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
