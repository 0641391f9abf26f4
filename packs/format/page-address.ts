/**
 * What a pack page's address parts may contain. "Go there" builds an address from them on a host
 * the extension picks, so they must never be able to name another host, a port or a user: a path
 * starts with one `/`, and no part carries `@ : \ %`, `//`, whitespace, `?` or `#` (hash routes
 * may hold `:`, as CloudWatch's `alarmsV2:create` does; a fragment can never change the host).
 * The schema uses these patterns (so editors flag them through pack.schema.json too) and
 * `explainPageAddress` names the catalogue problem (problem-catalogue.ts) for a refusal.
 */
import { ADDRESS_PART_FIXES, type AddressPart, type ProblemRef } from './problem-catalogue';

export type { AddressPart };

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

const PATTERNS: Record<AddressPart, RegExp> = {
  path: PAGE_PATH_PATTERN,
  hash: PAGE_HASH_PATTERN,
  'query key': QUERY_KEY_PATTERN,
  'query value': QUERY_VALUE_PATTERN,
};

/** The schema's error text for a part: the fix (zod-problems turns it into message + fix). */
export const pageAddressFix = (part: AddressPart): string => ADDRESS_PART_FIXES[part];

/** Characters that only make sense in a regular expression (kept apart: authors write those by mistake). */
export const REGEX_LOOKING = /[\\^$()|+{}]|\.\*|\[\^|\?[:=!]/;

/** Which part a schema pattern belongs to, or null when it is not one of ours. */
export function addressPartOf(pattern: string): AddressPart | null {
  const found = (Object.keys(PATTERNS) as AddressPart[]).find((part) => String(PATTERNS[part]) === pattern);
  return found ?? null;
}

/** Why `text` is refused as this part of a page address, as a catalogue problem. */
export function explainPageAddress(part: AddressPart, text: string): ProblemRef {
  const shown = JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
  if ((part === 'path' || part === 'hash') && REGEX_LOOKING.test(text)) return { code: 'address-regex', params: { shown } };
  if (part === 'path' && !text.startsWith('/')) return { code: 'address-not-absolute', params: { shown } };
  if (text.includes('//')) return { code: 'address-double-slash', params: { part, shown } };
  const bad = [...text].find((c) => !/[A-Za-z0-9_.~*/:-]/.test(c) || (c === ':' && part !== 'hash') || (c === '/' && part.startsWith('query')) || (c === '*' && part.startsWith('query')));
  if (bad !== undefined) return { code: 'address-character', params: { part, shown, character: /\s/.test(bad) ? 'whitespace' : `"${bad}"` } };
  if (/(?:^|\/)\.{1,2}(?:\/|$)/.test(text)) return { code: 'address-dot-segment', params: { part, shown } };
  return { code: 'address-unsafe', params: { part, shown } };
}
