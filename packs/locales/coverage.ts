import type { Pack } from '../format/load';
import type { AlreadyDone, Condition, Locator, Names, PageDefinition } from '../format/schema';
import { formatPath } from '../format/problems';
import type { LabelTable } from './load';
import { CONSOLE_LOCALES, type ConsoleLocale } from './locales';

/** How a pack matches on an English console string. */
export type LabelKind = 'name' | 'label' | 'text' | 'heading' | 'flash' | 'page-heading' | 'wizard-step' | 'tab';

/** One English console string a pack (or a page it uses) matches on, and where. */
export interface ConsoleLabel {
  text: string;
  kind: LabelKind;
  /** `sections[0].steps[2].target[0].name`, or `page iam.users: signature.heading` for a page's signature. */
  path: string;
}

/**
 * Strings that are the same on a console in every language: names of AWS managed policies and
 * CloudWatch metrics, and names the learner gives to what they create. Coverage does not count them.
 */
export const LANGUAGE_INDEPENDENT: Readonly<Record<string, string>> = {
  AdministratorAccess: 'AWS managed policy name',
  IAMFullAccess: 'AWS managed policy name',
  EstimatedCharges: 'CloudWatch metric name (AWS/Billing)',
  Administrators: 'user group the learner creates',
  admin: 'user the learner creates',
  'iam-admin': 'user the learner creates',
  administrator: 'user the learner creates (the tutorial\'s name for it)',
};

export const isLanguageIndependent = (text: string) => Object.hasOwn(LANGUAGE_INDEPENDENT, text);

/**
 * Every English console string a pack matches on, with its kind and path: its locators' names,
 * labels, texts and headings, notification texts, and the signatures of the pages it uses (from
 * `pages`, the catalogue plus the pack's own; a page's parent counts, since Go there leads to it).
 */
export function consoleLabelsOf(pack: Pack, pages: readonly PageDefinition[]): ConsoleLabel[] {
  const labels: ConsoleLabel[] = [];
  const used = new Set<string>();
  const names = (value: Names | undefined, kind: LabelKind, path: PropertyKey[]) => {
    if (value === undefined) return;
    if (typeof value === 'string') labels.push({ text: value, kind, path: formatPath(path) });
    else value.forEach((one, index) => labels.push({ text: one, kind, path: formatPath([...path, index]) }));
  };
  const locator = (found: Locator | undefined, path: PropertyKey[]) => {
    if (!found) return;
    names(found.name, 'name', [...path, 'name']);
    names(found.label, 'label', [...path, 'label']);
    names(found.text, 'text', [...path, 'text']);
    names(found.within?.heading, 'heading', [...path, 'within', 'heading']);
  };
  const condition = (found: Condition, path: PropertyKey[]) => {
    if (found.page) used.add(found.page);
    if (found.flash?.text !== undefined) names(found.flash.text, 'flash', [...path, 'flash', 'text']);
    locator(found.appears, [...path, 'appears']);
    if (found.state && found.state.of !== 'target') locator(found.state.of, [...path, 'state', 'of']);
  };
  const already = (found: AlreadyDone | undefined, path: PropertyKey[]) => {
    if (!found) return;
    used.add(found.page);
    const list = 'any' in found ? 'any' : 'all';
    const signs = 'any' in found ? found.any : found.all;
    signs.forEach((sign, index) => {
      locator(sign.appears, [...path, list, index, 'appears']);
      locator(sign.state?.of, [...path, list, index, 'state', 'of']);
    });
  };
  pack.sections.forEach((section, s) => {
    already(section.alreadyDone, ['sections', s, 'alreadyDone']);
    section.steps.forEach((step, i) => {
      const at = ['sections', s, 'steps', i];
      if (step.page) used.add(step.page);
      step.target?.forEach((found, t) => locator(found, [...at, 'target', t]));
      const list = 'any' in step.done ? 'any' : 'all';
      ('any' in step.done ? step.done.any : step.done.all).forEach((found, c) => condition(found, [...at, 'done', list, c]));
      already(step.alreadyDone, [...at, 'alreadyDone']);
    });
  });
  const byId = new Map([...pages, ...(pack.pages ?? [])].map((page) => [page.id, page]));
  const seen = new Set<string>();
  const visit = (id: string) => {
    const page = byId.get(id);
    if (!page || seen.has(id)) return;
    seen.add(id);
    labels.push(...pageLabelsOf(page));
    if (page.parent) visit(page.parent);
  };
  [...used].forEach(visit);
  return labels;
}

/** The English strings a page's signature matches on. */
export function pageLabelsOf(page: PageDefinition): ConsoleLabel[] {
  const labels: ConsoleLabel[] = [];
  const signature = page.signature;
  if (!signature) return labels;
  const names = (value: Names | undefined, kind: LabelKind, path: PropertyKey[]) => {
    if (value === undefined) return;
    for (const [index, one] of (typeof value === 'string' ? [value] : value).entries()) {
      labels.push({ text: one, kind, path: `page ${page.id}: ${formatPath(typeof value === 'string' ? path : [...path, index])}` });
    }
  };
  names(signature.heading, 'page-heading', ['signature', 'heading']);
  names(signature.wizardStep, 'wizard-step', ['signature', 'wizardStep']);
  names(signature.tab, 'tab', ['signature', 'tab']);
  for (const part of ['has', 'lacks'] as const) {
    const found = signature[part];
    if (!found) continue;
    names(found.name, 'name', ['signature', part, 'name']);
    names(found.label, 'label', ['signature', part, 'label']);
    names(found.text, 'text', ['signature', part, 'text']);
    names(found.within?.heading, 'heading', ['signature', part, 'within', 'heading']);
  }
  return labels;
}

/** A table's coverage of some labels, each English string once, in order of first use. */
export interface LabelCoverage {
  covered: string[];
  missing: string[];
  languageIndependent: string[];
}

export function labelCoverage(labels: readonly ConsoleLabel[], table: LabelTable): LabelCoverage {
  const coverage: LabelCoverage = { covered: [], missing: [], languageIndependent: [] };
  for (const text of new Set(labels.map((label) => label.text))) {
    if (isLanguageIndependent(text)) coverage.languageIndependent.push(text);
    else if (Object.hasOwn(table, text) && (table[text]?.length ?? 0) > 0) coverage.covered.push(text);
    else coverage.missing.push(text);
  }
  return coverage;
}

/** Coverage in each locale: covered of translatable (language-independent strings not counted). */
export interface LocaleCoverage {
  locale: ConsoleLocale;
  covered: number;
  total: number;
  missing: string[];
}

export function localeCoverage(labels: readonly ConsoleLabel[], tables: Readonly<Record<ConsoleLocale, LabelTable>>): LocaleCoverage[] {
  return CONSOLE_LOCALES.map((locale) => {
    const { covered, missing } = labelCoverage(labels, tables[locale]);
    return { locale, covered: covered.length, total: covered.length + missing.length, missing };
  });
}

/** `ja 42/42, de 42/42, fr 12/42, …` */
export function formatCoverage(coverage: readonly LocaleCoverage[]): string {
  return coverage.map((one) => `${one.locale} ${one.covered}/${one.total}`).join(', ');
}
