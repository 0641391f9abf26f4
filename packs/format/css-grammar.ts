import { parse, stringify, SelectorType, AttributeAction, type AttributeSelector, type PseudoSelector, type Selector } from 'css-what';

/**
 * The CSS a pack's `css` locator may use: a whitelist checked on the parsed selector, because an
 * attribute selector can read what the learner types (React mirrors typed text into `value`, so
 * `input[type=password][value^="a"]` leaks a bit through the verified flag and the drift report).
 *
 * Accepted: tag names and `*`; `[class*="awsui_<component>_"]` (a Cloudscape component prefix,
 * optionally with its 5-character hash, e.g. `awsui_button_vjswe`); `[data-testid]` with `=`, `^=`
 * or `*=`; `[role="…"]`; `[type="…"]`; `aria-*` attributes (present, or equal to a whole value)
 * except `aria-value*`, `aria-placeholder` and `aria-invalid` (they hold or judge what was typed);
 * the combinators ` `, `>`, `~`, `+`; selector lists; `:not()`, `:is()`, `:where()` over the same
 * grammar; and the structural or state pseudo-classes in `PLAIN_PSEUDOS` and `NTH_PSEUDOS`
 * (`an+b` only). Everything else is refused: other attributes (`value`, `placeholder`, `href`,
 * `src`, `name`, `id`, `title`, `alt`…), class selectors other than the prefix, `:has()`,
 * `:contains()`, `:placeholder-shown`, `:valid`/`:invalid`, pseudo-elements, namespaces, escapes,
 * comments, and what cannot be parsed. Runs where packs are validated (library, CLI, build), never
 * in the content script.
 */

export interface CssRefusal {
  /** The part of the selector refused, as written back by the parser. */
  part: string;
  message: string;
  fix: string;
}

/** A full hashed Cloudscape class such as awsui_button_vjswe_t8nlg_157 (changes with every console release). */
export const FULL_HASHED_CLASS = /awsui_[a-z0-9-]+_[a-z0-9]{5}_[a-z0-9]{5}_\d+/;
/** `awsui_button_`, `awsui_button_vjswe`, `awsui_button_vjswe_`: a component prefix, never the full class. */
const CLOUDSCAPE_PREFIX = /^awsui_[a-z][a-z0-9-]*_(?:[a-z0-9]{5}_?)?$/;
const TAG_NAME = /^[a-z][a-z0-9-]*$/i;
const AN_PLUS_B = /^\s*(?:odd|even|[+-]?\d+|[+-]?\d*n(?:\s*[+-]\s*\d+)?)\s*$/i;
const PLAIN_PSEUDOS = new Set(['first-child', 'last-child', 'only-child', 'first-of-type', 'last-of-type', 'only-of-type', 'checked', 'indeterminate', 'disabled', 'enabled']);
const NTH_PSEUDOS = new Set(['nth-child', 'nth-last-child', 'nth-of-type', 'nth-last-of-type']);
const LIST_PSEUDOS = new Set(['not', 'is', 'where']);
const COMBINATORS = new Set<string>([SelectorType.Descendant, SelectorType.Child, SelectorType.Sibling, SelectorType.Adjacent]);

const GRAMMAR =
  'Pack CSS may use tag names, *, [class*="awsui_<component>_"], [data-testid="…"], [role="…"], [type="…"], aria-* attributes (not aria-value*, aria-placeholder, aria-invalid), combinators, :not()/:is()/:where() and structural pseudo-classes (docs/authoring.md).';
const VALUE_FIX = 'Find the field by `label:` or `role` + `name`, and use a `state` condition for checkboxes and radios: the coach never selects on what is typed.';
const NAME_FIX = 'Use `role` + `name`, `label`, `testId` or `text` instead.';

/** Attributes whose value is (or mirrors, or judges) what the learner typed or a control's current value. */
const isValueAttribute = (name: string) => ['value', 'placeholder', 'aria-placeholder', 'aria-invalid'].includes(name) || name.startsWith('aria-value');

/** Why a selector is outside the grammar: nothing when it is inside. */
export function checkCssSelector(selector: string): CssRefusal[] {
  // Escapes and comments are where parsers disagree; the grammar never needs them.
  if (selector.includes('\\')) return [{ part: '\\', message: `The selector "${selector}" uses a backslash escape`, fix: `Write names and values without escapes. ${GRAMMAR}` }];
  if (selector.includes('/*')) return [{ part: '/*', message: `The selector "${selector}" contains a comment`, fix: 'Remove the comment.' }];
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f]/.test(selector)) return [{ part: selector, message: `The selector "${selector}" contains a control character or line break`, fix: 'Write the selector on one line.' }];
  let parsed: Selector[][];
  try {
    parsed = parse(selector);
  } catch (error) {
    return [{ part: selector, message: `The selector "${selector}" cannot be parsed (${(error as Error).message})`, fix: `Write a plain CSS selector. ${GRAMMAR}` }];
  }
  const refusals: CssRefusal[] = [];
  checkList(parsed, refusals);
  const seen = new Set<string>();
  return refusals.filter((r) => !seen.has(r.message) && seen.add(r.message));
}

function checkList(list: Selector[][], out: CssRefusal[]) {
  for (const sequence of list) {
    const first = sequence[0];
    const last = sequence.at(-1);
    if ((first && isCombinator(first)) || (last && isCombinator(last))) {
      out.push({ part: stringify([sequence]), message: `"${stringify([sequence])}" starts or ends with a combinator`, fix: 'Put an element on both sides of >, ~ and +.' });
    }
    for (const token of sequence) checkToken(token, out);
  }
}

const isCombinator = (token: Selector) => 'type' in token && (COMBINATORS.has(token.type) || token.type === SelectorType.Parent || token.type === SelectorType.ColumnCombinator);

function checkToken(token: Selector, out: CssRefusal[]) {
  const part = stringify([[token]]).trim() || token.type;
  const refuse = (message: string, fix: string) => out.push({ part, message, fix });
  switch (token.type) {
    case SelectorType.Tag:
      if (token.namespace !== null) return refuse(`"${part}" names a namespace`, 'Drop the namespace prefix.');
      if (!TAG_NAME.test(token.name)) return refuse(`"${part}" is not a tag name`, GRAMMAR);
      return;
    case SelectorType.Universal:
      if (token.namespace !== null) refuse(`"${part}" names a namespace`, 'Drop the namespace prefix.');
      return;
    case SelectorType.Attribute:
      return checkAttribute(token, part, refuse);
    case SelectorType.Pseudo:
      return checkPseudo(token, part, refuse, out);
    case SelectorType.PseudoElement:
      return refuse(`"${part}" is a pseudo-element`, 'Select the element itself; pseudo-elements are not elements.');
    case SelectorType.Parent:
    case SelectorType.ColumnCombinator:
      return refuse(`"${part}" is not a combinator pack CSS may use`, 'Use a space, >, ~ or +.');
    default:
      return; // Descendant, child, sibling and adjacent combinators.
  }
}

type Refuse = (message: string, fix: string) => void;

function checkAttribute(token: AttributeSelector, part: string, refuse: Refuse) {
  const name = token.name.toLowerCase();
  const { action } = token;
  if (token.namespace !== null) return refuse(`"${part}" names a namespace`, 'Drop the namespace prefix.');
  if (name === 'class') {
    if (FULL_HASHED_CLASS.test(token.value)) {
      return refuse(`"${part}" names a full hashed Cloudscape class, which changes with every console release`, 'Match the component prefix instead, e.g. [class*="awsui_button_vjswe"].');
    }
    if (action !== AttributeAction.Any || !CLOUDSCAPE_PREFIX.test(token.value)) {
      return refuse(`"${part}" is not a Cloudscape component prefix`, 'Match a component prefix with *=, e.g. [class*="awsui_button_"] or [class*="awsui_button_vjswe"].');
    }
    return;
  }
  if (isValueAttribute(name)) return refuse(`"${part}" selects on a field's value or what the learner types; pack CSS may not`, VALUE_FIX);
  if (name === 'data-testid') {
    if (action !== AttributeAction.Exists && action !== AttributeAction.Equals && action !== AttributeAction.Start && action !== AttributeAction.Any) {
      refuse(`"${part}" compares a test id in a way pack CSS may not`, 'Use [data-testid="…"], [data-testid^="…"] or [data-testid*="…"], or the `testId:` locator.');
    }
    return;
  }
  if (name === 'role' || name === 'type') {
    if (action !== AttributeAction.Exists && action !== AttributeAction.Equals) refuse(`"${part}" compares part of ${name}`, `Compare the whole value: [${name}="…"].`);
    return;
  }
  if (name.startsWith('aria-')) {
    if (action !== AttributeAction.Exists && action !== AttributeAction.Equals) {
      refuse(`"${part}" compares part of an aria-* value`, 'Compare the whole value ([aria-expanded="true"]) or test presence ([aria-current]); to match a name use `role` + `name`.');
    }
    return;
  }
  if (name === 'href' || name === 'src' || name === 'action' || name === 'formaction') return refuse(`"${part}" selects on an address`, 'Find links by `role: link` and `name:`, or by `text:`.');
  if (name === 'name') return refuse(`"${part}" selects on a form field's name`, 'Find the field by `label:`.');
  if (name === 'id') return refuse(`"${part}" selects on an id; console ids are generated and can carry resource names`, 'Use `testId:` or `role` + `name`.');
  refuse(`"${part}" selects on the ${name} attribute, which pack CSS may not use`, `${NAME_FIX} ${GRAMMAR}`);
}

function checkPseudo(token: PseudoSelector, part: string, refuse: Refuse, out: CssRefusal[]) {
  const name = token.name.toLowerCase();
  const { data } = token;
  if (LIST_PSEUDOS.has(name) && Array.isArray(data)) return checkList(data, out);
  if (PLAIN_PSEUDOS.has(name) && data === null) return;
  if (NTH_PSEUDOS.has(name) && typeof data === 'string' && AN_PLUS_B.test(data)) return;
  if (NTH_PSEUDOS.has(name)) return refuse(`"${part}" takes only a number or an+b here`, `Write :${name}(2) or :${name}(2n+1), without "of".`);
  if (name === 'has') return refuse(`"${part}" looks inside elements, which pack CSS may not`, 'Scope the locator with `within: { heading: … }`, or use a combinator (a > b).');
  if (name === 'contains') return refuse(`"${part}" matches text`, 'Use the `text:` locator.');
  if (['placeholder-shown', 'valid', 'invalid', 'user-valid', 'user-invalid', 'in-range', 'out-of-range', 'blank', 'autofill'].includes(name)) {
    return refuse(`"${part}" depends on what the learner types`, VALUE_FIX);
  }
  refuse(`"${part}" is not a pseudo-class pack CSS may use`, `Use :not(), :is(), :where(), :checked, :disabled, :first-child or :nth-child(an+b). ${GRAMMAR}`);
}
