/**
 * What a pack page's address parts may contain. "Go there" builds an address from them on a host
 * the extension picks, so they must never be able to name another host, a port or a user: a path
 * starts with one `/`, and no part carries `@ : \ %`, `//`, whitespace, `?` or `#` (hash routes
 * may hold `:`, as CloudWatch's `alarmsV2:create` does; a fragment can never change the host).
 * The schema uses these patterns (so editors flag them through pack.schema.json too) and
 * `explainPageAddress` turns a refusal into a message and a fix.
 */

/** Letters, digits and the few marks console paths use; `*` is the glob. */
const SEGMENT = '[A-Za-z0-9_.~*-]+';
/** No `.` or `..` segment: the browser would resolve it, so the address would not say where it goes. */
const NO_DOT_SEGMENT = '(?!(?:.*/)?\\.{1,2}(?:/|$))';

/** `/iam/home`, `/`, `/console/**`. */
export const PAGE_PATH_PATTERN = new RegExp(`^${NO_DOT_SEGMENT}/(?:${SEGMENT}/)*(?:${SEGMENT})?$`);
/** `''`, `/`, `/users/details/*`, `security_credential`, `alarmsV2:create`. */
export const PAGE_HASH_PATTERN = new RegExp(`^${NO_DOT_SEGMENT}/?(?:[A-Za-z0-9_.~*:-]+/)*(?:[A-Za-z0-9_.~*:-]+)?$`);
/** `section`, `Action`. */
export const QUERY_KEY_PATTERN = /^[A-Za-z0-9_.~-]+$/;
/** `security_credentials`, `logout`, or empty. */
export const QUERY_VALUE_PATTERN = /^[A-Za-z0-9_.~-]*$/;

export type AddressPart = 'path' | 'hash' | 'query key' | 'query value';

const FIXES: Record<AddressPart, string> = {
  path: 'Write a console path that starts with one / and uses only letters, digits and / - _ . ~ * (e.g. /iam/home); the host comes from `host:`.',
  hash: 'Write a hash route with only letters, digits and / - _ . ~ * : (e.g. /users/details/*), without the leading #.',
  'query key': 'Use a parameter name of letters, digits and - _ . ~ (e.g. section).',
  'query value': 'Use a value of letters, digits and - _ . ~ (e.g. security_credentials).',
};

const PATTERNS: Record<AddressPart, RegExp> = {
  path: PAGE_PATH_PATTERN,
  hash: PAGE_HASH_PATTERN,
  'query key': QUERY_KEY_PATTERN,
  'query value': QUERY_VALUE_PATTERN,
};

/** The schema's error text for a part: the fix (zod-problems turns it into message + fix). */
export const pageAddressFix = (part: AddressPart): string => FIXES[part];

/** Characters that only make sense in a regular expression (kept apart: authors write those by mistake). */
export const REGEX_LOOKING = /[\\^$()|+{}]|\.\*|\[\^|\?[:=!]/;

/** Which part a schema pattern belongs to, or null when it is not one of ours. */
export function addressPartOf(pattern: string): AddressPart | null {
  const found = (Object.keys(PATTERNS) as AddressPart[]).find((part) => String(PATTERNS[part]) === pattern);
  return found ?? null;
}

/** Why `text` is refused as this part of a page address, in words. */
export function explainPageAddress(part: AddressPart, text: string): { message: string; fix: string } {
  const shown = JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
  const fix = FIXES[part];
  if ((part === 'path' || part === 'hash') && REGEX_LOOKING.test(text)) {
    return { message: `${shown} looks like a regular expression`, fix: 'Use a glob: * for one path segment, ** for the rest; no regular expressions.' };
  }
  if (part === 'path' && !text.startsWith('/')) return { message: `The path ${shown} does not start with /, so it could change the host`, fix };
  if (text.includes('//')) return { message: `The ${part} ${shown} contains //, which can start another host`, fix };
  const bad = [...text].find((c) => !/[A-Za-z0-9_.~*/:-]/.test(c) || (c === ':' && part !== 'hash') || (c === '/' && part.startsWith('query')) || (c === '*' && part.startsWith('query')));
  if (bad !== undefined) {
    const name = /\s/.test(bad) ? 'whitespace' : `"${bad}"`;
    return { message: `The ${part} ${shown} contains ${name}, which could change where the address leads`, fix };
  }
  if (/(?:^|\/)\.{1,2}(?:\/|$)/.test(text)) return { message: `The ${part} ${shown} has a . or .. segment`, fix };
  return { message: `The ${part} ${shown} is not a safe console address part`, fix };
}
