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
