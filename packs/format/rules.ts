import type { Condition, Locator, PackSource, Step } from './schema';
import type { Problem } from './problems';
import { formatPath } from './problems';
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
  const add = (path: PropertyKey[], message: string, fix: string, key = false) =>
    problems.push({ path: formatPath(path), ...source.locate(path, key), message, fix });

  if (pack.author.url !== undefined) {
    const link = checkLink(pack.author.url);
    if (!link.ok) add(['author', 'url'], link.message, link.fix);
  }

  const pageIds = new Set(knownPages);
  pack.pages?.forEach((page, p) => {
    if (pageIds.has(page.id)) add(['pages', p, 'id'], `The page id "${page.id}" is already taken`, 'Give the pack page another id, or use the catalogue page.');
    pageIds.add(page.id);
    if (page.parent !== undefined && !knownPages.has(page.parent) && !pack.pages?.some((other) => other.id === page.parent)) {
      add(['pages', p, 'parent'], `No console page has the id "${page.parent}"`, 'Use a catalogue page id or another of your pages.');
    }
    page.urls.forEach((url, u) => {
      for (const field of ['path', 'hash'] as const) {
        url[field]?.forEach((pattern, k) => {
          if (REGEX_LOOKING.test(pattern)) {
            add(['pages', p, 'urls', u, field, k], `"${pattern}" looks like a regular expression`, 'Use a glob: * for one path segment, ** for the rest; no regular expressions.');
          }
        });
      }
    });
  });

  const totalSteps = pack.sections.reduce((n, section) => n + section.steps.length, 0);
  if (totalSteps > LIMITS.steps) add(['sections'], `The pack has ${totalSteps} steps; packs may have at most ${LIMITS.steps}`, 'Split the tutorial into several packs.', true);

  const sectionIds = new Set<string>();
  const stepIds = new Set<string>();
  pack.sections.forEach((section, s) => {
    if (sectionIds.has(section.id)) add(['sections', s, 'id'], `Two sections have the id "${section.id}"`, 'Give each section its own id.');
    sectionIds.add(section.id);
    section.steps.forEach((step, i) => {
      const at = ['sections', s, 'steps', i];
      if (stepIds.has(step.id)) add([...at, 'id'], `Two steps have the id "${step.id}"`, 'Step ids must be unique in the pack; progress is kept by step id.');
      stepIds.add(step.id);
      checkStep(step, at, pageIds, add);
    });
  });
  return problems;
}

type Add = (path: PropertyKey[], message: string, fix: string, key?: boolean) => void;

function checkStep(step: Step, at: PropertyKey[], pageIds: ReadonlySet<string>, add: Add) {
  if (step.page !== undefined && !pageIds.has(step.page)) {
    add([...at, 'page'], `No console page has the id "${step.page}"`, 'Use an id from the page catalogue (docs/authoring.md) or define the page under `pages`.');
  }
  if (step.target && step.page === undefined) add([...at, 'target'], 'A step with a target needs a page', 'Add `page:` with the console page the target is on.');
  step.target?.forEach((locator, l) => checkLocator(locator, [...at, 'target', l], add));
  const conditions = 'any' in step.done ? step.done.any : step.done.all;
  const listKey = 'any' in step.done ? 'any' : 'all';
  conditions.forEach((condition, c) => checkCondition(condition, step, [...at, 'done', listKey, c], pageIds, add));
  step.links?.forEach((link, k) => {
    const result = checkLink(link.url);
    if (!result.ok) add([...at, 'links', k, 'url'], result.message, result.fix);
  });
}

function checkLocator(locator: Locator, at: PropertyKey[], add: Add) {
  const kinds = LOCATOR_KINDS.filter((kind) => locator[kind] !== undefined);
  if (kinds.length !== 1) {
    add(at, kinds.length ? `A locator has ${kinds.join(' and ')}; use one kind per locator` : 'A locator needs one of role, label, testId, text or css',
      'List several locators under `target` instead; they are tried in order.');
  }
  if (locator.name !== undefined && locator.role === undefined) add([...at, 'name'], '`name` goes with `role`', 'Add `role:` (e.g. button), or use `text:` for visible text.');
  // Parsed and checked against a whitelist: attribute selectors could otherwise read typed values.
  if (locator.css !== undefined) for (const refusal of checkCssSelector(locator.css)) add([...at, 'css'], refusal.message, refusal.fix);
}

function checkCondition(condition: Condition, step: Step, at: PropertyKey[], pageIds: ReadonlySet<string>, add: Add) {
  const kinds = CONDITION_KINDS.filter((kind) => condition[kind] !== undefined);
  if (kinds.length !== 1) {
    add(at, kinds.length ? `A condition has ${kinds.join(' and ')}; use one kind per condition` : 'A condition needs one of clicked, page, flash, appears, state or manual',
      'Put each condition in its own list entry under `any:` or `all:`.');
  }
  if (condition.clicked && !step.target) add([...at, 'clicked'], '`clicked` needs the step to have a target', 'Add a `target`, or use another condition.');
  if (condition.state?.of === 'target' && !step.target) add([...at, 'state', 'of'], '`of: target` needs the step to have a target', 'Add a `target`, or give a locator.');
  if (condition.page !== undefined && !pageIds.has(condition.page)) add([...at, 'page'], `No console page has the id "${condition.page}"`, 'Use an id from the page catalogue or from `pages`.');
  if (condition.appears) checkLocator(condition.appears, [...at, 'appears'], add);
  if (condition.state && condition.state.of !== 'target') checkLocator(condition.state.of, [...at, 'state', 'of'], add);
}

/** Whether the extension can see a condition happen (otherwise the student reports it). */
export function isVerifiable(condition: Condition): boolean {
  return condition.manual !== true;
}
