import type { PageDefinition, UrlPattern } from '../../packs/format/schema';

import { AWS_SITE_HOST, PARTITION_DOMAINS } from '../../packs/catalogue/hosts';

/** `#/users/details/x$security_credentials?section=y` → path `/users/details/x/security_credentials`, query `section=y`. */
export function normaliseHash(hash: string): { path: string; query: URLSearchParams } {
  const raw = hash.replace(/^#/, '');
  const cut = raw.indexOf('?');
  const path = (cut >= 0 ? raw.slice(0, cut) : raw).replace(/\$/g, '/').replace(/\/+$/, '');
  return { path: path === '' && raw.startsWith('/') ? '/' : path, query: new URLSearchParams(cut >= 0 ? raw.slice(cut + 1) : '') };
}

/** `console` and `signin`: that host of any partition, with any region, alias or session labels; `aws-site`: the public site itself. */
export function isHostKind(hostname: string, kind: UrlPattern['host']): boolean {
  if (kind === 'aws-site') return hostname === AWS_SITE_HOST;
  return PARTITION_DOMAINS.some((domain) => hostname === `${kind}.${domain}` || hostname.endsWith(`.${kind}.${domain}`));
}

/** Wildcard match within one segment: `*` matches any run of characters. */
function matchSegment(glob: string, text: string): boolean {
  const parts = glob.split('*');
  if (parts.length === 1) return glob === text;
  if (!text.startsWith(parts[0]!) || !text.endsWith(parts[parts.length - 1]!)) return false;
  let position = parts[0]!.length;
  for (const part of parts.slice(1, -1)) {
    const found = text.indexOf(part, position);
    if (found < 0) return false;
    position = found + part.length;
  }
  return position <= text.length - parts[parts.length - 1]!.length;
}

/** Glob over `/`-separated segments: `*` within a segment, `**` for all the rest. */
export function matchGlob(glob: string, text: string): boolean {
  const globParts = glob.split('/');
  const textParts = text.split('/');
  for (let i = 0; i < globParts.length; i++) {
    if (globParts[i] === '**') return true;
    if (i >= textParts.length || !matchSegment(globParts[i]!, textParts[i]!)) return false;
  }
  return globParts.length === textParts.length;
}

/**
 * How specifically a pattern matches the URL (more literal characters = more specific), or null.
 * Paths are compared exactly; hash routes without regard to case, as the console's router takes
 * both (`#/Account` opens Billing's `#/account`).
 */
export function matchUrlPattern(url: URL, pattern: UrlPattern): number | null {
  if (url.protocol !== 'https:' || !isHostKind(url.hostname, pattern.host)) return null;
  const path = url.pathname.replace(/\/+$/, '') || '/';
  // A trailing slash means nothing on either side: `/console/` is the page at `/console`.
  const pathGlob = pattern.path.find((glob) => matchGlob(glob.replace(/\/+$/, '') || '/', path));
  if (pathGlob === undefined) return null;
  const hash = normaliseHash(url.hash);
  let score = pathGlob.replace(/\*/g, '').length;
  if (pattern.hash) {
    const route = hash.path.toLowerCase();
    const hashGlob = pattern.hash.find((glob) => matchGlob(glob.toLowerCase(), route));
    if (hashGlob === undefined) return null;
    score += 1 + hashGlob.replace(/\*/g, '').length;
  }
  for (const [key, value] of Object.entries(pattern.query ?? {})) {
    if (hash.query.get(key) !== value && url.searchParams.get(key) !== value) return null;
    score += 100;
  }
  return score;
}

/** The pages whose URL patterns match, most specific first (the DOM signature decides among equals). */
export function matchPages<P extends Pick<PageDefinition, 'id' | 'urls'>>(url: URL, pages: readonly P[]): P[] {
  return pages
    .map((page) => ({ page, score: Math.max(-1, ...page.urls.map((u) => matchUrlPattern(url, u) ?? -1)) }))
    .filter((m) => m.score >= 0)
    .sort((a, b) => b.score - a.score)
    .map((m) => m.page);
}
