import { browser } from 'wxt/browser';
import type english from '../public/_locales/en/messages.json';

/**
 * The coach's own words, in the browser's UI language (public/_locales/<lang>/messages.json,
 * English the default). Keys are typed from the English file; the type import bundles nothing.
 * Pack text (titles, bodies) is the pack author's and is never looked up here.
 */
export type MessageKey = keyof typeof english;

/** A number or text put into a message at `$1`…`$9`: word order is the translation's, never ours. */
export type Substitution = string | number;

/** The message for `key` with its substitutions; the key itself if a browser has no message (never empty). */
export function t(key: MessageKey, ...substitutions: Substitution[]): string {
  // WXT types getMessage from the locales it saw at `wxt prepare`; the English file is the source of keys here.
  const getMessage = browser.i18n.getMessage as (name: string, substitutions?: string[]) => string;
  const message = getMessage(key, substitutions.map(String));
  return message || key;
}

/** `one` for exactly 1, else `other`; both messages take the count as `$1` (languages without plural forms say the same in both). */
export function plural(count: number, one: MessageKey, other: MessageKey, ...more: Substitution[]): string {
  return t(count === 1 ? one : other, count, ...more);
}

/** The browser's UI language (for dates and month names), e.g. "ja" or "en-US". */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}

/**
 * A message split at its `$n` places, each filled with `parts[n-1]` (an element, say `<code>`):
 * the words around the elements follow the translation's order. Text stays text.
 */
export function tParts<P>(key: MessageKey, ...parts: P[]): (string | P)[] {
  const template = t(key, ...parts.map((_, i) => `$${i + 1}`));
  return template
    .split(/(\$[1-9])/)
    .filter(Boolean)
    .map((piece) => (/^\$[1-9]$/.test(piece) ? (parts[Number(piece[1]) - 1] as P) : piece));
}
