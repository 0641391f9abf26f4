import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The languages the coach speaks (public/_locales). */
export const LANGUAGES = ['en', 'ja', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

export type Messages = Record<string, { message: string; description?: string; placeholders?: Record<string, { content: string }> }>;

/** One language's messages.json, as the browser reads it (tests run from the project's root). */
export function readMessages(language: Language): Messages {
  return JSON.parse(readFileSync(join(process.cwd(), 'public/_locales', language, 'messages.json'), 'utf8')) as Messages;
}

/** The `$1`…`$9` substitutions a message uses, sorted, each once. */
export function substitutionsOf(message: string): string[] {
  return [...new Set(message.replace(/\$\$/g, '').match(/\$[1-9]/g) ?? [])].sort();
}

/**
 * `browser.i18n.getMessage` over one language's file, as browsers do it: `$n` replaced by the
 * n-th substitution, `$$` a dollar sign, an unknown key the empty string.
 */
export function getMessageFrom(messages: Messages) {
  return (name: string, substitutions?: string | string[]): string => {
    const entry = messages[name];
    if (!entry) return '';
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return entry.message.replace(/\$(\$|[1-9])/g, (_, what: string) => (what === '$' ? '$' : (subs[Number(what) - 1] ?? '')));
  };
}
