/** Which hosts the practice console answers for: the console and sign-in hosts of all partitions. */
export const PARTITION_DOMAINS = ['aws.amazon.com', 'amazonaws-us-gov.com', 'amazonaws.cn'] as const;

export type HostKind = 'console' | 'signin';

export function classifyHost(hostname: string): { kind: HostKind; domain: string; prefix: string } | null {
  for (const domain of PARTITION_DOMAINS) {
    for (const kind of ['console', 'signin'] as const) {
      const base = `${kind}.${domain}`;
      if (hostname === base) return { kind, domain, prefix: '' };
      if (hostname.endsWith(`.${base}`)) return { kind, domain, prefix: hostname.slice(0, -base.length - 1) };
    }
  }
  return null;
}

/**
 * The public site's console page, where signing out ends today: `https://aws.amazon.com/console/`.
 * Only that path prefix is served; the rest of aws.amazon.com stays refused.
 */
export const AWS_SITE_CONSOLE_PAGE = 'https://aws.amazon.com/console/';

export function isAwsSiteConsoleUrl(url: URL): boolean {
  return url.protocol === 'https:' && url.hostname === 'aws.amazon.com' && (url.pathname === '/console' || url.pathname.startsWith('/console/'));
}

export { parseConsolePrefix, sessionConsoleHost } from '../src/consoleHosts';
