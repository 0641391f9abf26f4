import { loadPack, type Pack } from '../../packs/format/load';
import type { Problem } from '../../packs/format/problems';
import type { UrlPattern } from '../../packs/format/schema';
import { KNOWN_PAGES } from './packs';

/**
 * Page addresses crafted to move "Go there" off the console host, or to hide where it leads: each
 * was either reproduced against the string-joining builder (the first two) or is a classic URL
 * parser trick (scheme-relative, backslash, user info, port, encoded slashes).
 */
export const HOSTILE_PATHS = [
  '.signin-aws-amazon.com.example/login',
  '@attacker.example/oauth',
  '//evil.example/x',
  '\\\\evil.example/x',
  '/\\evil.example/x',
  '//attacker@us-east-1.console.aws.amazon.com/x',
  '//us-east-1.console.aws.amazon.com:8443/x',
  '//console.aws.amazon.com.evil.example/x',
  'https://evil.example/',
  'https:evil.example',
  '/%2F%2Fevil.example',
  '/ok:80',
];
export const HOSTILE_HASHES = ['//evil.example/x', '@evil.example', '/x?next=https://evil.example', '#//evil.example', '\\\\evil.example', '/%2F%2Fevil'];
export const HOSTILE_QUERY = ['https://evil.example/', '//evil.example', 'a&redirect_uri=https://evil.example', 'x#//evil.example', '@evil.example', '%2F%2Fevil'];

export type AddressField = 'path' | 'hash' | 'query key' | 'query value';

/** One console URL pattern carrying `value` in `field` (the rest plain). */
export function urlWith(field: AddressField, value: string): UrlPattern {
  switch (field) {
    case 'path':
      return { host: 'console', path: [value] };
    case 'hash':
      return { host: 'console', path: ['/iam/home'], hash: [value] };
    case 'query key':
      return { host: 'console', path: ['/iam/home'], query: { [value]: 'x' } };
    case 'query value':
      return { host: 'console', path: ['/iam/home'], query: { section: value } };
  }
}

/** A small pack whose one step happens on its own page `hostile.page`, at `url`. */
export function packSource(id: string, url: UrlPattern) {
  return {
    format: 1,
    id,
    version: '1.0.0',
    title: `Go there to ${id}`,
    summary: 'A page of the pack whose address tries to leave the console.',
    author: { name: 'Console Coach security suite' },
    locale: 'en',
    estimatedMinutes: 1,
    pages: [{ id: 'hostile.page', title: 'A hostile page', urls: [url] }],
    sections: [{ id: 'go', title: 'Go', steps: [{ id: 'go', title: 'Open the hostile page', page: 'hostile.page', done: { any: [{ manual: true }] } }] }],
  };
}

/** What the loader says about a pack carrying `value` in `field`: the pack, or its problems. */
export function probeAddress(field: AddressField, value: string): { ok: true } | { ok: false; problems: Problem[] } {
  const result = loadPack(JSON.stringify(packSource('probe', urlWith(field, value))), { knownPages: KNOWN_PAGES });
  return result.ok ? { ok: true } : { ok: false, problems: result.problems };
}

/**
 * The pack in its validated, stored form with `url` put in after validation: what a pack would be
 * if the loader missed something. Installing these tests the navigation guard on its own.
 */
export function packPastTheLoader(id: string, url: UrlPattern): Pack {
  const result = loadPack(JSON.stringify(packSource(id, { host: 'console', path: ['/hostile'] })), { knownPages: KNOWN_PAGES });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return { ...result.pack, pages: [{ ...result.pack.pages![0]!, urls: [url] }] };
}
