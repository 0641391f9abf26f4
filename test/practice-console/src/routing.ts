import { consoleHostPrefix, parseConsolePrefix } from './consoleHosts';
import { useEffect, useState } from 'react';

export interface HashRoute {
  /** Normalised path: `$` separators become `/`, no query, e.g. `/users/details/alice`. */
  path: string;
  query: URLSearchParams;
  raw: string;
}

/** Parse `#/users/details/NAME$security_credentials?x=1` the way the console's router reads it. */
export function parseHash(hash: string): HashRoute {
  const raw = hash.replace(/^#/, '');
  const queryStart = raw.indexOf('?');
  const pathPart = queryStart >= 0 ? raw.slice(0, queryStart) : raw;
  const query = new URLSearchParams(queryStart >= 0 ? raw.slice(queryStart + 1) : '');
  let path = pathPart.replace(/\$/g, '/');
  if (!path.startsWith('/')) path = `/${path}`;
  path = path.replace(/\/+$/, '') || '/';
  return { path, query, raw };
}

export function useHashRoute(): HashRoute {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}

/** Go to a hash route within the current console app, as the console's links do. */
export function navigate(hash: string): void {
  window.location.hash = hash.startsWith('#') ? hash : `#${hash}`;
}

/** Match `/users/details/:name` against a normalised path; returns the parameters or null. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const patternParts = pattern.split('/').filter(Boolean);
  const pathParts = path.split('/').filter(Boolean);
  if (patternParts.length !== pathParts.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < patternParts.length; i++) {
    const expected = patternParts[i]!;
    const actual = pathParts[i]!;
    if (expected.startsWith(':')) params[expected.slice(1)] = decodeURIComponent(actual);
    else if (expected !== actual) return null;
  }
  return params;
}

/** The region the console is showing: the host's region prefix, else `?region=`, else us-east-1. */
export function currentRegion(): string {
  const fromQuery = new URLSearchParams(window.location.search).get('region');
  // `us-east-1.console…` or, under multi-session, `123456789012-ab12cd34.us-east-1.console…`.
  const fromHost = parseConsolePrefix(consoleHostPrefix(window.location.hostname)).region;
  return fromHost ?? fromQuery ?? 'us-east-1';
}

/** The multi-session session this console host belongs to (`<accountId>-<id>.` prefix), or null. */
export function currentSessionId(): string | null {
  return parseConsolePrefix(consoleHostPrefix(window.location.hostname)).session?.id ?? null;
}

/** The partition's base domain of this host, e.g. `aws.amazon.com`. */
export function partitionDomain(): string {
  const host = window.location.hostname;
  if (host.endsWith('amazonaws-us-gov.com')) return 'amazonaws-us-gov.com';
  if (host.endsWith('amazonaws.cn')) return 'amazonaws.cn';
  return 'aws.amazon.com';
}
