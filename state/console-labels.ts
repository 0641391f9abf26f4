import { browser } from 'wxt/browser';
import { CONSOLE_LOCALES, type ConsoleLocale } from '../packs/locales/locales';
import type { LabelTable } from '../packs/locales/load';

/**
 * The console's names in each language live in the background (all tables, built in); a console
 * tab asks for its own language's table once per page load, so no console page carries the others.
 */
const REQUEST = 'console-coach:console-labels';

interface LabelRequest {
  type: typeof REQUEST;
  locale: ConsoleLocale;
}

const isLabelRequest = (message: unknown): message is LabelRequest =>
  typeof message === 'object' && message !== null && (message as LabelRequest).type === REQUEST && CONSOLE_LOCALES.includes((message as LabelRequest).locale);

/** In a console tab: the table for the console's language; null when the background cannot answer. */
export async function requestConsoleLabels(locale: ConsoleLocale): Promise<LabelTable | null> {
  try {
    const table = (await browser.runtime.sendMessage({ type: REQUEST, locale } satisfies LabelRequest)) as unknown;
    return typeof table === 'object' && table !== null ? (table as LabelTable) : null;
  } catch {
    return null; // the extension was updated or reloaded under this tab: names stay English
  }
}

/** In the background: answer the extension's own tabs (messages from pages never reach here). */
export function answerConsoleLabelRequests(load: (locale: ConsoleLocale) => Promise<LabelTable>): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id || !isLabelRequest(message)) return undefined;
    return load(message.locale);
  });
}
