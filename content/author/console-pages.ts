import type { PageDefinition } from '../../packs/format/schema';
import { CATALOGUE } from '../../packs/catalogue/catalogue';
import { readConsoleLanguage } from '../console/language';
import { requestConsoleLabels } from '../../state/console-labels';
import { consoleNames, pagesForConsole } from '../guide/console-language';

/**
 * The catalogue as this console shows it: on a console in another language its headings, wizard
 * steps and tabs in that language's words (the background's label table), as the coach itself
 * sees them; a wording the table lacks is left out of the signature. What the author records and
 * picks is then named by the same page ids a student's coach recognises.
 */
export async function catalogueForConsole(doc: Document): Promise<readonly PageDefinition[]> {
  const language = readConsoleLanguage(doc);
  const table = language ? await requestConsoleLabels(language) : null;
  return pagesForConsole(CATALOGUE, table ? consoleNames(table) : null);
}
