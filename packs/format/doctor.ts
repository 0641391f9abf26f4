import { loadPack, type LoadOptions, type Pack } from './load';
import { formatPath, type Problem } from './problems';
import { parseSource, type ParsedSource } from './yaml-source';
import type { Condition, Locator, PageDefinition } from './schema';
import { consoleLabelsOf, localeCoverage, type LocaleCoverage } from '../locales/coverage';
import type { LabelTable } from '../locales/load';
import type { ConsoleLocale } from '../locales/locales';

/**
 * The pack doctor: advice on a valid pack, for packs that keep working when the console changes
 * (shared/reference/real-console-2026.md). Nothing here stops a pack from loading; each finding
 * has a stable code, a place (`file:line:column`) and what to do.
 */
export const DOCTOR_ADVICE = {
  'target-one-kind': {
    title: 'A target found one way only',
    message: ({ kinds }: { kinds: readonly string[] }) =>
      kinds.length === 1 ? `Every locator of this target finds it by ${kinds[0]}` : 'This target has no locator',
    advice:
      'Add a second locator of another kind (role + name, label, testId, text, css), e.g. `- testId: …` after `- role: button`: when the console renames or rebuilds the control, the other still finds it.',
  },
  'flash-text-alone': {
    title: 'A notification text with no second signal',
    message: ({ list }: { list: 'any' | 'all' }) =>
      list === 'all'
        ? 'This step waits for a notification with this text, and an `all` cannot finish without it'
        : 'This step is done only when a notification with this text shows',
    advice:
      'Notification texts are reworded without notice: list the flash under `any:` with a second signal the console shows when the work is done (`page:`, `appears:` or `state:`), e.g. the new row or the next page.',
  },
  'tested-against-missing': {
    title: 'No testedAgainst',
    message: 'The pack does not say which month of the console it was last played against',
    advice: 'Play the pack on the console and add `testedAgainst: "YYYY-MM"` (e.g. "2026-11") next to `version`.',
  },
} as const;

export type DoctorCode = keyof typeof DOCTOR_ADVICE;

/** One piece of advice, where it applies. */
export interface Finding {
  code: DoctorCode;
  /** Where in the pack, e.g. `sections[0].steps[2].target`. */
  path: string;
  line: number;
  column: number;
  message: string;
  advice: string;
}

/** What the doctor needs to report a pack's coverage in the console's other languages. */
export interface DoctorOptions extends LoadOptions {
  locales?: { pages: readonly PageDefinition[]; tables: Readonly<Record<ConsoleLocale, LabelTable>> };
}

/**
 * Findings, and with `locales` the coverage of the pack's English console labels in each locale's
 * label table (packs/locales/): a label a table lacks is found by structure alone in that language.
 */
export type DoctorResult = { ok: true; pack: Pack; findings: Finding[]; coverage?: LocaleCoverage[] } | { ok: false; problems: Problem[] };

/** What makes two locators independent: each kind reads a different part of the page. */
const LOCATOR_KINDS = ['role', 'label', 'testId', 'text', 'css'] as const;
const KIND_WORDS: Record<(typeof LOCATOR_KINDS)[number], string> = { role: 'role and name', label: 'label', testId: 'test id', text: 'visible text', css: 'CSS' };
/** Conditions that show the work itself, not the console's words about it. */
const SECOND_SIGNALS: readonly (keyof Condition)[] = ['page', 'appears', 'state'];

/** Validate a pack and, when it loads, advise on it. */
export function doctorPack(text: string, options: DoctorOptions): DoctorResult {
  const loaded = loadPack(text, options);
  if (!loaded.ok) return loaded;
  const parsed = parseSource(text);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const findings = advise(loaded.pack, parsed.source);
  if (!options.locales) return { ok: true, pack: loaded.pack, findings };
  const coverage = localeCoverage(consoleLabelsOf(loaded.pack, options.locales.pages), options.locales.tables);
  return { ok: true, pack: loaded.pack, findings, coverage };
}

/** The advice for a loaded pack, placed in its source; in the order of the file. */
export function advise(pack: Pack, source: ParsedSource): Finding[] {
  const findings: Finding[] = [];
  const add = (code: DoctorCode, path: PropertyKey[], params: never, key = false) => {
    const entry = DOCTOR_ADVICE[code];
    const message = typeof entry.message === 'string' ? entry.message : (entry.message as (p: never) => string)(params);
    findings.push({ code, path: formatPath(path), ...source.locate(path, key), message, advice: entry.advice });
  };

  if (pack.testedAgainst === undefined) add('tested-against-missing', ['version'], {} as never, true);
  pack.sections.forEach((section, s) => {
    section.steps.forEach((step, i) => {
      const at = ['sections', s, 'steps', i];
      if (step.target) {
        const kinds = kindsOf(step.target);
        if (kinds.length < 2) add('target-one-kind', [...at, 'target'], { kinds: kinds.map((kind) => KIND_WORDS[kind]) } as never, true);
      }
      const list = 'any' in step.done ? 'any' : 'all';
      const conditions = 'any' in step.done ? step.done.any : step.done.all;
      const seconded = list === 'any' && conditions.some((condition) => SECOND_SIGNALS.some((kind) => condition[kind] !== undefined));
      conditions.forEach((condition, c) => {
        if (condition.flash?.text !== undefined && !seconded) add('flash-text-alone', [...at, 'done', list, c, 'flash'], { list } as never, true);
      });
    });
  });
  return findings.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** The kinds of a target's locators, once each: two `role` locators, whatever their names, are one way of finding. */
export function kindsOf(target: readonly Locator[]): (typeof LOCATOR_KINDS)[number][] {
  return LOCATOR_KINDS.filter((kind) => target.some((locator) => locator[kind] !== undefined));
}

/** `file:line:column message [code]. Advice: …`, as problems print. */
export function formatFinding(fileName: string, finding: Finding): string {
  return `${fileName}:${finding.line}:${finding.column} ${finding.message} at ${finding.path} [${finding.code}]. Advice: ${finding.advice}`;
}
