import type { PageDefinition } from '../../packs/format/schema';

import { PARTITION_DOMAINS } from './hosts';

/**
 * A URL that opens a catalogue page, for "Go there": the page's first URL pattern, on the tab's
 * own partition and console host. A route with a wildcard (`/users/details/*`) opens its nearest
 * fixed parent (`/users`), where the student picks the item.
 */
export function pageUrl(page: PageDefinition, current: URL, region?: string, pages: readonly PageDefinition[] = []): string {
  const pattern = page.urls[0]!;
  const wild = [...pattern.path, ...(pattern.hash ?? [])].some((glob) => glob.includes('*'));
  const parent = wild && page.parent ? pages.find((p) => p.id === page.parent) : undefined;
  if (parent && parent !== page) return pageUrl(parent, current, region, pages);
  const domain = PARTITION_DOMAINS.find((d) => current.hostname.endsWith(d)) ?? PARTITION_DOMAINS[0];
  const onConsole = current.hostname === `console.${domain}` || current.hostname.endsWith(`.console.${domain}`);
  let host = pattern.host === 'signin' ? `signin.${domain}` : onConsole ? current.hostname : `console.${domain}`;
  if (region && pattern.host === 'console') host = `${region}.console.${domain}`;
  const path = fixedPart(pattern.path[0] ?? '/', '/');
  const url = new URL(`https://${host}${path}`);
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
  return url.toString();
}

/** The glob up to its first wildcard segment. */
function fixedPart(glob: string, separator: string): string {
  const parts = glob.split(separator);
  const wild = parts.findIndex((part) => part.includes('*'));
  return wild < 0 ? glob : parts.slice(0, wild).join(separator) || separator;
}
