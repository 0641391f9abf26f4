import type { LoadedStep, Pack } from '../../packs/format/load';
import type { AlreadyCondition, AlreadyDone, Condition, Locator, Names, PageDefinition, Scope } from '../../packs/format/schema';
import type { LabelTable } from '../../packs/locales/load';
import { normaliseName } from '../console/names';

/**
 * Packs are written once, in English. On a console in another language each English console name a
 * pack matches on (names, labels, texts, headings, wizard steps, tabs, notification texts) is
 * widened with that language's names from the label table (`packs/locales/`); a name the table
 * lacks stays English, and the target's other locators (test ids, structure) find the control
 * instead. Ids, test ids and CSS never change with the language.
 */
export interface ConsoleNames {
  /** The console's names for an English one; empty when the table has none. */
  namesFor(english: string): readonly string[];
}

/** A label table, looked up without regard to case and spacing, as names are matched. */
export function consoleNames(table: LabelTable): ConsoleNames {
  const index = new Map<string, readonly string[]>();
  for (const [english, names] of Object.entries(table)) index.set(normaliseName(english), names);
  return { namesFor: (english) => index.get(normaliseName(english)) ?? [] };
}

function widen(names: Names, labels: ConsoleNames): Names {
  const list = Array.isArray(names) ? names : [names];
  const all = [...new Set([...list, ...list.flatMap((name) => labels.namesFor(name))])];
  return all.length === 1 ? all[0]! : all;
}

function widenScope(scope: Scope | undefined, labels: ConsoleNames): Scope | undefined {
  return scope?.heading === undefined ? scope : { ...scope, heading: widen(scope.heading, labels) };
}

export function widenLocator(locator: Locator, labels: ConsoleNames): Locator {
  const out: Locator = { ...locator };
  if (locator.name !== undefined) out.name = widen(locator.name, labels);
  if (locator.label !== undefined) out.label = widen(locator.label, labels);
  if (locator.text !== undefined) out.text = widen(locator.text, labels);
  if (locator.within) out.within = widenScope(locator.within, labels);
  return out;
}

/**
 * A notification's text in the console's language. With no translation for any of its texts it is
 * matched by its type alone (a new notification of that type since the step began): never by
 * English words the console does not show.
 */
function widenCondition(condition: Condition, labels: ConsoleNames): Condition {
  if (condition.appears) return { ...condition, appears: widenLocator(condition.appears, labels) };
  if (condition.state && condition.state.of !== 'target') return { ...condition, state: { ...condition.state, of: widenLocator(condition.state.of, labels) } };
  if (condition.flash?.text !== undefined) {
    const texts = Array.isArray(condition.flash.text) ? condition.flash.text : [condition.flash.text];
    const translated = texts.flatMap((text) => labels.namesFor(text));
    const { text: _english, ...typeOnly } = condition.flash;
    return { ...condition, flash: translated.length ? { ...condition.flash, text: [...texts, ...translated] } : typeOnly };
  }
  return condition;
}

function widenAlready(already: AlreadyDone | undefined, labels: ConsoleNames): AlreadyDone | undefined {
  if (!already) return already;
  const one = (c: AlreadyCondition): AlreadyCondition =>
    c.appears ? { ...c, appears: widenLocator(c.appears, labels) } : c.state ? { ...c, state: { ...c.state, of: widenLocator(c.state.of, labels) } } : c;
  return 'any' in already ? { ...already, any: already.any.map(one) } : { ...already, all: already.all.map(one) };
}

function widenStep(step: LoadedStep, labels: ConsoleNames): LoadedStep {
  const done = 'any' in step.done ? { any: step.done.any.map((c) => widenCondition(c, labels)) } : { all: step.done.all.map((c) => widenCondition(c, labels)) };
  return {
    ...step,
    ...(step.target ? { target: step.target.map((l) => widenLocator(l, labels)) } : {}),
    done,
    ...(step.alreadyDone ? { alreadyDone: widenAlready(step.alreadyDone, labels) } : {}),
  };
}

/** The pack as the coach matches it on a console in the table's language (its text stays as written). */
export function packForConsole(pack: Pack, labels: ConsoleNames | null): Pack {
  if (!labels) return pack;
  return {
    ...pack,
    sections: pack.sections.map((section) => ({
      ...section,
      ...(section.alreadyDone ? { alreadyDone: widenAlready(section.alreadyDone, labels) } : {}),
      steps: section.steps.map((step) => widenStep(step, labels)),
    })),
  };
}

/** Names widened with the table, or nothing when the table translates none of them. */
function translated(names: Names, labels: ConsoleNames): Names | undefined {
  const list = Array.isArray(names) ? names : [names];
  return list.some((name) => labels.namesFor(name).length) ? widen(names, labels) : undefined;
}

/**
 * Page signatures in the console's language. A heading, wizard step or tab the table does not
 * translate is left out rather than never matching: the page is then told by what does not change
 * with the language (its address, the wizard step's number, the elements it has or lacks).
 */
export function pagesForConsole(pages: readonly PageDefinition[], labels: ConsoleNames | null): readonly PageDefinition[] {
  if (!labels) return pages;
  return pages.map((page) => {
    if (!page.signature) return page;
    const { heading, wizardStep, tab, has, lacks, ...rest } = page.signature;
    const signature: NonNullable<PageDefinition['signature']> = { ...rest };
    const headingNames = heading === undefined ? undefined : translated(heading, labels);
    if (headingNames !== undefined) signature.heading = headingNames;
    const stepNames = wizardStep === undefined ? undefined : translated(wizardStep, labels);
    // Without its title, a wizard step is told by its number; with neither it keeps the English.
    if (stepNames !== undefined) signature.wizardStep = stepNames;
    else if (wizardStep !== undefined && rest.wizardStepNumber === undefined) signature.wizardStep = wizardStep;
    const tabNames = tab === undefined ? undefined : translated(tab, labels);
    if (tabNames !== undefined) signature.tab = tabNames;
    if (has) signature.has = widenLocator(has, labels);
    if (lacks) signature.lacks = widenLocator(lacks, labels);
    return { ...page, signature };
  });
}

/** The control a step names, as the console shows it and as the pack wrote it. */
export interface ConsoleName {
  shown: string;
  english: string;
}

/**
 * What the callout tells a learner on a console in another language to look for: the first name
 * of the step's target (a role's name, a label or a visible text) that the table translates.
 */
export function consoleNameOf(step: Pick<LoadedStep, 'target'>, labels: ConsoleNames | null): ConsoleName | null {
  if (!labels) return null;
  for (const locator of step.target ?? []) {
    const names = locator.name ?? locator.label ?? locator.text;
    if (names === undefined) continue;
    for (const english of Array.isArray(names) ? names : [names]) {
      const shown = labels.namesFor(english)[0];
      if (shown) return { shown, english };
    }
  }
  return null;
}
