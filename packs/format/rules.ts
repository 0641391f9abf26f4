import type { AlreadyDone, Condition, Locator, PackSource, PageDefinition, Step } from './schema';
import { formatPath, problemAt, type Problem } from './problems';
import type { ProblemRef } from './problem-catalogue';
import { checkLink } from './links';
import { LIMITS } from './limits';
import { checkCssSelector } from './css-grammar';
import { REGEX_LOOKING } from './page-address';
import type { ParsedSource } from './yaml-source';

const LOCATOR_KINDS = ['role', 'label', 'testId', 'text', 'css'] as const;
const CONDITION_KINDS = ['clicked', 'page', 'flash', 'appears', 'state', 'manual'] as const;

/** Rules across fields that the schema alone cannot state. */
export function checkPackRules(pack: PackSource, source: ParsedSource, knownPages: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const add: Add = (path, ref, key = false) => problems.push(problemAt(ref, { path: formatPath(path), ...source.locate(path, key) }));

  if (pack.author.url !== undefined) {
    const link = checkLink(pack.author.url);
    if (!link.ok) add(['author', 'url'], link.problem);
  }

  const pageIds = new Set(knownPages);
  pack.pages?.forEach((page, p) => {
    if (pageIds.has(page.id)) add(['pages', p, 'id'], { code: 'page-id-taken', params: { id: page.id } });
    pageIds.add(page.id);
    if (page.parent !== undefined && !knownPages.has(page.parent) && !pack.pages?.some((other) => other.id === page.parent)) {
      add(['pages', p, 'parent'], { code: 'unknown-parent-page', params: { id: page.parent } });
    }
    checkPageDefinition(page, ['pages', p], add);
  });

  const totalSteps = pack.sections.reduce((n, section) => n + section.steps.length, 0);
  if (totalSteps > LIMITS.steps) add(['sections'], { code: 'too-many-steps', params: { steps: totalSteps, limit: LIMITS.steps } }, true);

  const sectionIds = new Set<string>();
  const stepIds = new Set<string>();
  pack.sections.forEach((section, s) => {
    if (sectionIds.has(section.id)) add(['sections', s, 'id'], { code: 'duplicate-section-id', params: { id: section.id } });
    sectionIds.add(section.id);
    if (section.alreadyDone) checkAlreadyDone(section.alreadyDone, ['sections', s, 'alreadyDone'], pageIds, add);
    section.steps.forEach((step, i) => {
      const at = ['sections', s, 'steps', i];
      if (stepIds.has(step.id)) add([...at, 'id'], { code: 'duplicate-step-id', params: { id: step.id } });
      stepIds.add(step.id);
      checkStep(step, at, pageIds, add);
    });
  });
  return problems;
}

/** Report a catalogue problem at a path (at its key, with `key`). */
export type Add = (path: PropertyKey[], problem: ProblemRef, key?: boolean) => void;

/** The aws-site host serves the coach at one page only (the content script's match is /console/*). */
const AWS_SITE_PATHS = new Set(['/console', '/console/']);

/**
 * What a page definition (a pack's or the catalogue's) must hold beyond its schema: globs, not
 * regular expressions; aws-site pages at /console/ only; signature locators like any target's.
 */
export function checkPageDefinition(page: PageDefinition, at: PropertyKey[], add: Add): void {
  page.urls.forEach((url, u) => {
    for (const field of ['path', 'hash'] as const) {
      url[field]?.forEach((pattern, k) => {
        if (REGEX_LOOKING.test(pattern)) add([...at, 'urls', u, field, k], { code: 'address-regex', params: { shown: JSON.stringify(pattern) } });
      });
    }
    if (url.host === 'aws-site') {
      url.path.forEach((path, k) => {
        if (!AWS_SITE_PATHS.has(path)) add([...at, 'urls', u, 'path', k], { code: 'aws-site-path', params: { shown: JSON.stringify(path) } });
      });
    }
  });
  if (page.signature?.has) checkLocator(page.signature.has, [...at, 'signature', 'has'], add);
  if (page.signature?.lacks) checkLocator(page.signature.lacks, [...at, 'signature', 'lacks'], add);
}

function checkStep(step: Step, at: PropertyKey[], pageIds: ReadonlySet<string>, add: Add) {
  if (step.page !== undefined && !pageIds.has(step.page)) add([...at, 'page'], { code: 'unknown-page', params: { id: step.page } });
  if (step.target && step.page === undefined) add([...at, 'target'], { code: 'target-needs-page', params: {} });
  step.target?.forEach((locator, l) => checkLocator(locator, [...at, 'target', l], add));
  const conditions = 'any' in step.done ? step.done.any : step.done.all;
  const listKey = 'any' in step.done ? 'any' : 'all';
  conditions.forEach((condition, c) => checkCondition(condition, step, [...at, 'done', listKey, c], pageIds, add));
  if (step.alreadyDone) checkAlreadyDone(step.alreadyDone, [...at, 'alreadyDone'], pageIds, add);
  step.links?.forEach((link, k) => {
    const result = checkLink(link.url);
    if (!result.ok) add([...at, 'links', k, 'url'], result.problem);
  });
}

function checkLocator(locator: Locator, at: PropertyKey[], add: Add) {
  const kinds = LOCATOR_KINDS.filter((kind) => locator[kind] !== undefined);
  if (kinds.length > 1) add(at, { code: 'locator-several-kinds', params: { kinds } });
  if (kinds.length === 0) add(at, { code: 'locator-no-kind', params: {} });
  if (locator.name !== undefined && locator.role === undefined) add([...at, 'name'], { code: 'name-without-role', params: {} });
  if (Array.isArray(locator.role)) {
    locator.role.forEach((role, r) => {
      if (locator.role!.indexOf(role) !== r) add([...at, 'role', r], { code: 'duplicate-role', params: { role } });
    });
  }
  // Parsed and checked against a whitelist: attribute selectors could otherwise read typed values.
  if (locator.css !== undefined) for (const refusal of checkCssSelector(locator.css)) add([...at, 'css'], refusal.problem);
}

function checkCondition(condition: Condition, step: Step, at: PropertyKey[], pageIds: ReadonlySet<string>, add: Add) {
  const kinds = CONDITION_KINDS.filter((kind) => condition[kind] !== undefined);
  if (kinds.length > 1) add(at, { code: 'condition-several-kinds', params: { kinds } });
  if (kinds.length === 0) add(at, { code: 'condition-no-kind', params: {} });
  if (condition.clicked && !step.target) add([...at, 'clicked'], { code: 'clicked-without-target', params: {} });
  if (condition.state?.of === 'target' && !step.target) add([...at, 'state', 'of'], { code: 'state-of-target-without-target', params: {} });
  if (condition.page !== undefined && !pageIds.has(condition.page)) add([...at, 'page'], { code: 'unknown-page', params: { id: condition.page } });
  if (condition.appears) checkLocator(condition.appears, [...at, 'appears'], add);
  if (condition.state && condition.state.of !== 'target') checkLocator(condition.state.of, [...at, 'state', 'of'], add);
}

/** "Already done" is judged on one page, from elements and control states only (never a value). */
function checkAlreadyDone(already: AlreadyDone, at: PropertyKey[], pageIds: ReadonlySet<string>, add: Add) {
  if (!pageIds.has(already.page)) add([...at, 'page'], { code: 'already-done-unknown-page', params: { id: already.page } });
  const listKey = 'any' in already ? 'any' : 'all';
  const signs = 'any' in already ? already.any : already.all;
  signs.forEach((sign, c) => {
    const where = [...at, listKey, c];
    const kinds = (['appears', 'state'] as const).filter((kind) => sign[kind] !== undefined);
    if (kinds.length !== 1) add(where, { code: 'already-sign-kinds', params: { kinds } });
    if (sign.appears) checkLocator(sign.appears, [...where, 'appears'], add);
    if (sign.state) checkLocator(sign.state.of, [...where, 'state', 'of'], add);
  });
}

/** Whether the extension can see a condition happen (otherwise the student reports it). */
export function isVerifiable(condition: Condition): boolean {
  return condition.manual !== true;
}
