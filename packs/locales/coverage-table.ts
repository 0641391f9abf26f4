import type { Pack } from '../format/load';
import type { PageDefinition } from '../format/schema';
import { consoleLabelsOf, isLanguageIndependent, labelCoverage, pageLabelsOf, type ConsoleLabel } from './coverage';
import type { LabelTable } from './load';
import { CONSOLE_LOCALES, type ConsoleLocale } from './locales';

/** The marks around the generated section of docs/packs.md. */
export const COVERAGE_START = '<!-- label-coverage:start (npm run --silent coverage) -->';
export const COVERAGE_END = '<!-- label-coverage:end -->';

/**
 * The coverage table docs/packs.md shows: one row per built-in pack and one for the whole page
 * catalogue, one column per locale, `covered/translatable` in each cell.
 */
export function coverageMarkdown(packs: readonly Pack[], pages: readonly PageDefinition[], tables: Readonly<Record<ConsoleLocale, LabelTable>>): string {
  const rows: [string, ConsoleLabel[]][] = [
    ...packs.map((pack): [string, ConsoleLabel[]] => [`\`${pack.id}\``, consoleLabelsOf(pack, pages)]),
    ['catalogue (every page)', pages.flatMap(pageLabelsOf)],
  ];
  const all = new Set(rows.flatMap(([, labels]) => labels.map((label) => label.text)));
  const independent = [...all].filter(isLanguageIndependent).sort();
  const lines = [
    COVERAGE_START,
    '',
    `Labels each pack matches on (${all.size - independent.length} translatable in all; not counted, because they read the same in every language: ${independent.map((text) => `\`${text}\``).join(', ')}), and how many of them each locale's table has:`,
    '',
    `| pack | ${CONSOLE_LOCALES.join(' | ')} |`,
    `| --- |${CONSOLE_LOCALES.map(() => ' ---: |').join('')}`,
    ...rows.map(([name, labels]) => {
      const cells = CONSOLE_LOCALES.map((locale) => {
        const { covered, missing } = labelCoverage(labels, tables[locale]);
        return `${covered.length}/${covered.length + missing.length}`;
      });
      return `| ${name} | ${cells.join(' | ')} |`;
    }),
    '',
    COVERAGE_END,
  ];
  return lines.join('\n');
}

/** `text` with its marked section replaced by `section`; null when the marks are missing. */
export function replaceCoverageSection(text: string, section: string): string | null {
  const start = text.indexOf(COVERAGE_START);
  const end = text.indexOf(COVERAGE_END);
  if (start === -1 || end === -1 || end < start) return null;
  return text.slice(0, start) + section + text.slice(end + COVERAGE_END.length);
}
