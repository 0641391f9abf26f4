import type { PageDefinition } from '../format/schema';

import { AWS_SITE_CONSOLE_URL, PARTITION_DOMAINS, isConsoleOrSigninHost, partitionOf } from './hosts';

/** A region code, as `RegionSchema` states it: the only text a step may put into a host name. */
const REGION = /^[a-z]{2}(?:-gov)?-[a-z]+-\d$/;
/** One DNS label: what a multi-session prefix (`123456789012-abcd1234`) is at least. */
const DNS_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * A URL that opens a page, for "Go there": the page's first URL pattern, on the tab's own
 * partition and console host. A route with a wildcard (`/users/details/*`) opens its nearest
 * fixed parent (`/users`), where the student picks the item. Null when the result would not be a
 * plain https address on the console or sign-in host the extension chose: a pack's page address
 * never decides the host, and nothing navigates when it tries. The public site's console page
 * (`aws-site`) is one fixed address, `https://aws.amazon.com/console/`.
 */
export function pageUrl(page: PageDefinition, current: URL, region?: string, pages: readonly PageDefinition[] = []): URL | null {
  return build(page, current, region, pages, new Set());
}

function build(page: PageDefinition, current: URL, region: string | undefined, pages: readonly PageDefinition[], seen: Set<string>): URL | null {
  const pattern = page.urls[0];
  if (!pattern) return null;
  seen.add(page.id);
  const wild = [...pattern.path, ...(pattern.hash ?? [])].some((glob) => glob.includes('*'));
  // `seen` stops a pack whose pages name each other as parents from looping.
  const parent = wild && page.parent && !seen.has(page.parent) ? pages.find((p) => p.id === page.parent) : undefined;
  if (parent) return build(parent, current, region, pages, seen);
  if (pattern.host === 'aws-site') return awsSiteUrl(pattern.path[0] ?? '', pattern.hash, pattern.query);
  if (region !== undefined && !REGION.test(region)) return null;
  const domain = partitionOf(current.hostname) ?? PARTITION_DOMAINS[0];
  const host = pattern.host === 'signin' ? `signin.${domain}` : consoleHost(current.hostname, domain, region);
  let url: URL;
  try {
    // Resolved against the chosen origin, never joined as text: the path cannot supply a host.
    url = new URL(fixedPart(pattern.path[0] ?? '/', '/'), `https://${host}`);
  } catch {
    return null;
  }
  const keepRegion = region ?? current.searchParams.get('region');
  if (pattern.host === 'console' && keepRegion) url.searchParams.set('region', keepRegion);
  for (const [key, value] of Object.entries(pattern.query ?? {})) {
    if (!pattern.hash) url.searchParams.set(key, value);
  }
  if (pattern.hash) {
    const hash = fixedPart(pattern.hash[0] ?? '', '/');
    const query = new URLSearchParams(pattern.query ?? {}).toString();
    url.hash = query ? `${hash}?${query}` : hash;
  }
  return url.hostname === host && isSafeConsoleUrl(url, current) ? url : null;
}

/**
 * The console host to open a page on: the tab's own when it is on the console, so that a
 * multi-session tab (`<account>-<id>.<region>.console.…`) stays in its session; with a region the
 * step requires, only the region label changes and the session prefix stays. Anything else (the
 * sign-in host, the popup) opens `console.<partition>` or `<region>.console.<partition>`.
 */
export function consoleHost(currentHost: string, domain: string, region?: string): string {
  const base = `console.${domain}`;
  const host = currentHost.toLowerCase();
  const onConsole = host === base || host.endsWith(`.${base}`);
  if (!onConsole) return region ? `${region}.${base}` : base;
  if (!region) return host;
  const labels = host === base ? [] : host.slice(0, -(base.length + 1)).split('.');
  // `<region>` or `<session>.<region>` (or a session without a region): keep the session label.
  const session = labels.length === 2 && REGION.test(labels[1]!) ? labels[0]! : labels.length === 1 && !REGION.test(labels[0]!) ? labels[0]! : null;
  return session !== null && DNS_LABEL.test(session) && !REGION.test(session) ? `${session}.${region}.${base}` : `${region}.${base}`;
}

/** The public site's console page: only `/console/` (or `/console`), never a hash or a query. */
function awsSiteUrl(path: string, hash: readonly string[] | undefined, query: Record<string, string> | undefined): URL | null {
  if (path !== '/console/' && path !== '/console') return null;
  if ((hash && hash.some((h) => h !== '')) || Object.keys(query ?? {}).length) return null;
  return new URL(AWS_SITE_CONSOLE_URL);
}

/**
 * The guard before any navigation the extension makes: https, no user name or password, no port,
 * and a console or sign-in host of the tab's own partition (the commercial one when the tab is
 * not on AWS, e.g. the popup); or exactly `https://aws.amazon.com/console/`, where signing out ends.
 */
export function isSafeConsoleUrl(url: URL, current: URL): boolean {
  if (url.href === AWS_SITE_CONSOLE_URL) return true;
  const domain = partitionOf(current.hostname) ?? PARTITION_DOMAINS[0];
  return url.protocol === 'https:' && url.username === '' && url.password === '' && url.port === '' && isConsoleOrSigninHost(url.hostname, [domain]);
}

/** The glob up to its first wildcard segment. */
function fixedPart(glob: string, separator: string): string {
  const parts = glob.split(separator);
  const wild = parts.findIndex((part) => part.includes('*'));
  return wild < 0 ? glob : parts.slice(0, wild).join(separator) || separator;
}
