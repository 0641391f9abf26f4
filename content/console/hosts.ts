/**
 * The console and sign-in hosts of the three AWS partitions (commercial, GovCloud, China).
 * Used for the manifest's host permissions and content-script matches, so both stay identical.
 */
const partitionDomains = ['aws.amazon.com', 'amazonaws-us-gov.com', 'amazonaws.cn'] as const;

export const consoleHostPatterns: readonly string[] = partitionDomains.flatMap((domain) => [
  `https://console.${domain}/*`,
  `https://*.console.${domain}/*`,
  `https://signin.${domain}/*`,
  `https://*.signin.${domain}/*`,
]);
