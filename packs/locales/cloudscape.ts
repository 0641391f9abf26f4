import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ConsoleLocale } from './locales';

/** One message of Cloudscape's catalogue, in ICU's parsed form: literals (type 0) and arguments. */
type IcuPart = { type: number; value?: unknown };

/**
 * Cloudscape's messages for one locale, as `<component>.<key>` → text, arguments written `{name}`
 * (`wizard.i18nStrings.stepNumberLabel` → `ステップ {stepNumber}`). Read from the installed
 * `@cloudscape-design/components/i18n/messages/all.<locale>.json`; build time and tests only. English
 * (`en`) too: the English label a Cloudscape entry stands for is its English message.
 */
export function cloudscapeMessages(locale: ConsoleLocale | 'en'): ReadonlyMap<string, string> {
  const require = createRequire(import.meta.url);
  const file = require.resolve(`@cloudscape-design/components/i18n/messages/all.${locale}.json`);
  const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, Record<string, Record<string, IcuPart[]>>>>;
  const byLocale = json['cloudscape-design-components'] ?? {};
  const components = byLocale[locale] ?? Object.values(byLocale)[0] ?? {};
  const messages = new Map<string, string>();
  for (const [component, keys] of Object.entries(components)) {
    for (const [key, parts] of Object.entries(keys)) messages.set(`${component}.${key}`, messageText(parts));
  }
  return messages;
}

function messageText(parts: readonly IcuPart[]): string {
  return parts.map((part) => (part.type === 0 ? String(part.value) : `{${String(part.value)}}`)).join('');
}
