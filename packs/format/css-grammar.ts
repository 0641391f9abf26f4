import { parse, stringify, SelectorType, AttributeAction, type AttributeSelector, type PseudoSelector, type Selector } from 'css-what';
import { describeProblem, type ProblemRef, type ProblemText } from './problem-catalogue';

/**
 * The CSS a pack's `css` locator may use: a whitelist checked on the parsed selector, because an
 * attribute selector can read what the learner types (React mirrors typed text into `value`, so
 * `input[type=password][value^="a"]` leaks a bit through the verified flag and the drift report).
 *
 * Accepted: tag names and `*`; `[class*="awsui_<component>_"]` (a Cloudscape component prefix,
 * optionally with its 5-character hash, e.g. `awsui_button_vjswe`); `[data-testid]` with `=`, `^=`
 * or `*=`; `[role="…"]`; `[type="…"]`; whole ids (`#signin_button`, `[id="…"]`: an id holds no typed value,
 * and the sign-in pages keep theirs across designs); `aria-*` attributes (present, or equal to a whole value)
 * except `aria-value*`, `aria-placeholder` and `aria-invalid` (they hold or judge what was typed);
 * the combinators ` `, `>`, `~`, `+`; selector lists; `:not()`, `:is()`, `:where()` over the same
 * grammar; and the structural or state pseudo-classes in `PLAIN_PSEUDOS` and `NTH_PSEUDOS`
 * (`an+b` only). Everything else is refused: other attributes (`value`, `placeholder`, `href`,
 * `src`, `name`, `title`, `alt`…), parts of an id (`[id^=…]` would probe resource names letter by letter), class selectors other than the prefix, `:has()`,
 * `:contains()`, `:placeholder-shown`, `:valid`/`:invalid`, pseudo-elements, namespaces, escapes,
 * comments, and what cannot be parsed. Runs where packs are validated (library, CLI, build), never
 * in the content script.
 */

/** A refusal in words (code, message, fix), with the catalogue reference the loader places. */
export interface CssRefusal extends ProblemText {
  /** The part of the selector refused, as written back by the parser. */
  part: string;
  problem: ProblemRef;
}

const refusal = (part: string, problem: ProblemRef): CssRefusal => ({ part, problem, ...describeProblem(problem) });

/** A full hashed Cloudscape class such as awsui_button_vjswe_t8nlg_157 (changes with every console release). */
export const FULL_HASHED_CLASS = /awsui_[a-z0-9-]+_[a-z0-9]{5}_[a-z0-9]{5}_\d+/;
/** `awsui_button_`, `awsui_button_vjswe`, `awsui_button_vjswe_`: a component prefix, never the full class. */
const CLOUDSCAPE_PREFIX = /^awsui_[a-z][a-z0-9-]*_(?:[a-z0-9]{5}_?)?$/;
const TAG_NAME = /^[a-z][a-z0-9-]*$/i;
const AN_PLUS_B = /^\s*(?:odd|even|[+-]?\d+|[+-]?\d*n(?:\s*[+-]\s*\d+)?)\s*$/i;
const PLAIN_PSEUDOS = new Set(['first-child', 'last-child', 'only-child', 'first-of-type', 'last-of-type', 'only-of-type', 'checked', 'indeterminate', 'disabled', 'enabled']);
const NTH_PSEUDOS = new Set(['nth-child', 'nth-last-child', 'nth-of-type', 'nth-last-of-type']);
const LIST_PSEUDOS = new Set(['not', 'is', 'where']);
/** Pseudo-classes whose match depends on what the learner typed. */
const TYPING_PSEUDOS = new Set(['placeholder-shown', 'valid', 'invalid', 'user-valid', 'user-invalid', 'in-range', 'out-of-range', 'blank', 'autofill']);
const COMBINATORS = new Set<string>([SelectorType.Descendant, SelectorType.Child, SelectorType.Sibling, SelectorType.Adjacent]);

/** Attributes whose value is (or mirrors, or judges) what the learner typed or a control's current value. */
const isValueAttribute = (name: string) => ['value', 'placeholder', 'aria-placeholder', 'aria-invalid'].includes(name) || name.startsWith('aria-value');

/** Why a selector is outside the grammar: nothing when it is inside. */
export function checkCssSelector(selector: string): CssRefusal[] {
  // Escapes and comments are where parsers disagree; the grammar never needs them.
  if (selector.includes('\\')) return [refusal('\\', { code: 'css-escape', params: { selector } })];
  if (selector.includes('/*')) return [refusal('/*', { code: 'css-comment', params: { selector } })];
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f]/.test(selector)) return [refusal(selector, { code: 'css-control-character', params: { selector } })];
  let parsed: Selector[][];
  try {
    parsed = parse(selector);
  } catch (error) {
    return [refusal(selector, { code: 'css-unparsable', params: { selector, reason: (error as Error).message } })];
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
      const part = stringify([sequence]);
      out.push(refusal(part, { code: 'css-dangling-combinator', params: { part } }));
    }
    for (const token of sequence) checkToken(token, out);
  }
}

const isCombinator = (token: Selector) => 'type' in token && (COMBINATORS.has(token.type) || token.type === SelectorType.Parent || token.type === SelectorType.ColumnCombinator);

function checkToken(token: Selector, out: CssRefusal[]) {
  const part = stringify([[token]]).trim() || token.type;
  const refuse: Refuse = (problem) => out.push(refusal(part, problem));
  switch (token.type) {
    case SelectorType.Tag:
      if (token.namespace !== null) return refuse({ code: 'css-namespace', params: { part } });
      if (!TAG_NAME.test(token.name)) return refuse({ code: 'css-not-a-tag', params: { part } });
      return;
    case SelectorType.Universal:
      if (token.namespace !== null) refuse({ code: 'css-namespace', params: { part } });
      return;
    case SelectorType.Attribute:
      return checkAttribute(token, part, refuse);
    case SelectorType.Pseudo:
      return checkPseudo(token, part, refuse, out);
    case SelectorType.PseudoElement:
      return refuse({ code: 'css-pseudo-element', params: { part } });
    case SelectorType.Parent:
    case SelectorType.ColumnCombinator:
      return refuse({ code: 'css-combinator', params: { part } });
    default:
      return; // Descendant, child, sibling and adjacent combinators.
  }
}

type Refuse = (problem: ProblemRef) => void;

function checkAttribute(token: AttributeSelector, part: string, refuse: Refuse) {
  const name = token.name.toLowerCase();
  const { action } = token;
  if (token.namespace !== null) return refuse({ code: 'css-namespace', params: { part } });
  if (name === 'class') {
    if (FULL_HASHED_CLASS.test(token.value)) return refuse({ code: 'css-full-hashed-class', params: { part } });
    if (action !== AttributeAction.Any || !CLOUDSCAPE_PREFIX.test(token.value)) return refuse({ code: 'css-class-not-prefix', params: { part } });
    return;
  }
  if (isValueAttribute(name)) return refuse({ code: 'css-typed-value', params: { part } });
  if (name === 'data-testid') {
    if (action !== AttributeAction.Exists && action !== AttributeAction.Equals && action !== AttributeAction.Start && action !== AttributeAction.Any) {
      refuse({ code: 'css-test-id-comparison', params: { part } });
    }
    return;
  }
  if (name === 'role' || name === 'type') {
    if (action !== AttributeAction.Exists && action !== AttributeAction.Equals) refuse({ code: 'css-partial-value', params: { part, attribute: name } });
    return;
  }
  if (name.startsWith('aria-')) {
    if (action !== AttributeAction.Exists && action !== AttributeAction.Equals) refuse({ code: 'css-partial-aria', params: { part } });
    return;
  }
  if (name === 'href' || name === 'src' || name === 'action' || name === 'formaction') return refuse({ code: 'css-address-attribute', params: { part } });
  if (name === 'name') return refuse({ code: 'css-name-attribute', params: { part } });
  if (name === 'id') {
    // `#id` and `[id="…"]` compare the whole id; a prefix or substring could spell out a resource name.
    if (action !== AttributeAction.Exists && action !== AttributeAction.Equals) refuse({ code: 'css-id-attribute', params: { part } });
    return;
  }
  refuse({ code: 'css-attribute', params: { part, attribute: name } });
}

function checkPseudo(token: PseudoSelector, part: string, refuse: Refuse, out: CssRefusal[]) {
  const name = token.name.toLowerCase();
  const { data } = token;
  if (LIST_PSEUDOS.has(name) && Array.isArray(data)) return checkList(data, out);
  if (PLAIN_PSEUDOS.has(name) && data === null) return;
  if (NTH_PSEUDOS.has(name) && typeof data === 'string' && AN_PLUS_B.test(data)) return;
  if (NTH_PSEUDOS.has(name)) return refuse({ code: 'css-nth-argument', params: { part, pseudo: name } });
  if (name === 'has') return refuse({ code: 'css-has', params: { part } });
  if (name === 'contains') return refuse({ code: 'css-contains', params: { part } });
  if (TYPING_PSEUDOS.has(name)) return refuse({ code: 'css-typing-state', params: { part } });
  refuse({ code: 'css-pseudo-class', params: { part } });
}
