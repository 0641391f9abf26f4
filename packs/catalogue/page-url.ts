import type { PageDefinition } from '../format/schema';

import { PARTITION_DOMAINS, isConsoleOrSigninHost, partitionOf } from './hosts';

/**
 * A URL that opens a page, for "Go there": the page's first URL pattern, on the tab's own
 * partition and console host. A route with a wildcard (`/users/details/*`) opens its nearest
 * fixed parent (`/users`), where the student picks the item. Null when the result would not be a
 * plain https address on the console or sign-in host the extension chose: a pack's page address
 * never decides the host, and nothing navigates when it tries.
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
  const domain = partitionOf(current.hostname) ?? PARTITION_DOMAINS[0];
  const onConsole = current.hostname === `console.${domain}` || current.hostname.endsWith(`.console.${domain}`);
  let host = pattern.host === 'signin' ? `signin.${domain}` : onConsole ? current.hostname : `console.${domain}`;
  if (region && pattern.host === 'console') host = `${region}.console.${domain}`;
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
 * The guard before any navigation the extension makes: https, no user name or password, no port,
 * and a console or sign-in host of the tab's own partition (the commercial one when the tab is
 * not on AWS, e.g. the popup).
 */
export function isSafeConsoleUrl(url: URL, current: URL): boolean {
  const domain = partitionOf(current.hostname) ?? PARTITION_DOMAINS[0];
  return url.protocol === 'https:' && url.username === '' && url.password === '' && url.port === '' && isConsoleOrSigninHost(url.hostname, [domain]);
}

/** The glob up to its first wildcard segment. */
function fixedPart(glob: string, separator: string): string {
  const parts = glob.split(separator);
  const wild = parts.findIndex((part) => part.includes('*'));
  return wild < 0 ? glob : parts.slice(0, wild).join(separator) || separator;
}
