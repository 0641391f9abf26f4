import { ALLOWED_LINK_HOSTS } from './allowed-link-hosts';
import { ARIA_ROLES } from './roles';

/**
 * Every problem a pack (or the page catalogue) can have, in one place, after Astro's
 * `errors-data.ts`: a stable kebab-case code that scripts and the authoring guide refer to, a
 * title, the message (a function of the parameters it needs) and how to fix it. Call sites say
 * `problem('duplicate-step-id', { id }, where)` and never write the words themselves, so the
 * guide's "Problems and how to fix them" table (docs/authoring.md, checked by a unit test) stays
 * complete. Codes are public: rename one only with the guide and a note for script authors.
 */

/** Text that depends on the problem's parameters, or does not. */
type Text = string | ((params: never) => string);

/**
 * An entry. `fixInDocs` is the fix as the guide's table states it: required when the fix depends
 * on the parameters, and used to shorten a long fix that the guide explains elsewhere.
 */
type ProblemEntry =
  | { title: string; message: Text; fix: string; fixInDocs?: string }
  | { title: string; message: Text; fix: (params: never) => string; fixInDocs: string };

/** The parts of a pack page's address, each with its own character set (page-address.ts). */
export type AddressPart = 'path' | 'hash' | 'query key' | 'query value';

/** How to write each address part; also the schema's error text for it (schema.ts). */
export const ADDRESS_PART_FIXES: Record<AddressPart, string> = {
  path: 'Write a console path that starts with one / and uses only letters, digits and / - _ . ~ * (e.g. /iam/home); the host comes from `host:`.',
  hash: 'Write a hash route with only letters, digits and / - _ . ~ * : (e.g. /users/details/*), without the leading #.',
  'query key': 'Use a parameter name of letters, digits and - _ . ~ (e.g. section).',
  'query value': 'Use a value of letters, digits and - _ . ~ (e.g. security_credentials).',
};
const ADDRESS_FIX_IN_DOCS = 'Write the part with its own characters: see "Pages" above (a path starts with one /, e.g. /iam/home).';

const CSS_GRAMMAR_IN_DOCS = 'see "CSS locators: the grammar" above.';
const CSS_GRAMMAR =
  'Pack CSS may use tag names, *, [class*="awsui_<component>_"], [data-testid="…"], [role="…"], [type="…"], whole ids (#signin_button), aria-* attributes (not aria-value*, aria-placeholder, aria-invalid), combinators, :not()/:is()/:where() and structural pseudo-classes (docs/authoring.md).';
const CSS_TYPED_VALUE_FIX =
  'Find the field by `label:` or `role` + `name`, and use a `state` condition for checkboxes and radios: the coach never selects on what is typed.';
const CSS_NAMESPACE_FIX = 'Drop the namespace prefix.';
const SPLIT_PACK_FIX = 'Split the tutorial into several packs.';
const START_FROM_EXAMPLE_FIX = 'Start from the example pack in docs/authoring.md.';
const WRITE_LINK_INLINE_FIX = 'Write the link inline: [text](https://…).';

const quoted = (text: string) => `"${text}"`;

export const PROBLEMS = {
  // Reading the file
  'file-not-found': { title: 'No such file', message: 'No such file', fix: 'Check the path.' },
  'file-unreadable': { title: 'The file cannot be read', message: ({ reason }: { reason: string }) => `Cannot read the file (${reason})`, fix: 'Check the path.' },
  'pack-unreadable': {
    title: 'The pack could not be read',
    message: ({ reason }: { reason: string }) => `The pack could not be read (${reason})`,
    fix: 'Check that the file is a YAML or JSON pack.',
  },
  'file-too-large': {
    title: 'The file is too large',
    message: ({ bytes, limit }: { bytes: number; limit: number }) => `The file is ${bytes} bytes; packs may be at most ${limit}`,
    fix: SPLIT_PACK_FIX,
  },
  'file-empty': { title: 'The file is empty', message: 'The file is empty', fix: START_FROM_EXAMPLE_FIX },
  'not-a-mapping': { title: 'The pack is not a mapping', message: 'A pack must be a mapping of keys (format, id, title, sections, …)', fix: START_FROM_EXAMPLE_FIX },

  // YAML
  'yaml-syntax': {
    title: 'YAML syntax error',
    message: ({ detail }: { detail: string }) => `Syntax error: ${detail}`,
    fix: 'Check indentation, colons and quotes on this line.',
  },
  'duplicate-key': { title: 'A key appears twice', message: 'The same key appears twice in one mapping', fix: 'Remove or rename one of the two keys.' },
  'yaml-alias': { title: 'YAML alias', message: 'YAML aliases (*name) are not allowed in packs', fix: 'Write the value out in full.' },
  'forbidden-key': {
    title: 'A key that could reach a prototype',
    message: ({ key }: { key: string }) => `The key ${quoted(key)} is not allowed`,
    fix: 'Remove this key; packs never need it.',
  },
  'too-deep': { title: 'Nesting too deep', message: ({ depth }: { depth: number }) => `Nesting deeper than ${depth} levels`, fix: 'Flatten the structure.' },

  // The schema: keys, types and formats. `field` is `"name"` (quoted) or `this entry`.
  'unknown-key': {
    title: 'Unknown key',
    message: ({ key }: { key: string; allowed: readonly string[] }) => `Unknown key ${quoted(key)}`,
    fix: ({ allowed }: { allowed: readonly string[] }) => `Remove it or check its spelling. Allowed here: ${allowed.join(', ') || '(none)'}.`,
    fixInDocs: 'Remove it or check its spelling; the problem lists the keys allowed there.',
  },
  'missing-field': {
    title: 'A required key is missing',
    message: ({ field }: { field: string }) => `${field} is required`,
    fix: ({ field }: { field: string }) => `Add ${field}.`,
    fixInDocs: 'Add the key.',
  },
  'wrong-type': {
    title: 'A value of the wrong type',
    message: ({ field, expected }: { field: string; expected: string }) => `${field} must be ${expected}`,
    fix: ({ expected }: { expected: string }) => `Write ${expected} here.`,
    fixInDocs: 'Write a value of the type the problem names (text, a number, a list, …).',
  },
  'value-not-allowed': {
    title: 'A value that is not allowed',
    message: ({ field }: { field: string; allowed: readonly string[] }) => `${field} has a value that is not allowed`,
    fix: ({ allowed }: { allowed: readonly string[] }) => `Use one of: ${allowed.join(', ')}.`,
    fixInDocs: 'Use one of the values the problem lists.',
  },
  'invalid-format': {
    title: 'A value not in the expected format',
    message: ({ field }: { field: string; hint: string }) => `${field} is not in the expected format`,
    // The schema states each format next to its pattern (schema.ts), so its hint is the fix.
    fix: ({ hint }: { hint: string }) => hint,
    fixInDocs: 'Write the value in the format the problem shows: kebab-case ids ("add-root-mfa"), dotted page ids ("iam.users.create"), versions ("1.0.0"), regions ("us-east-1"), language tags ("en").',
  },
  'over-limit': {
    title: 'Too long or too many',
    message: ({ field, limit }: { field: string; limit: string }) => `${field} must have ${limit}`,
    fix: 'Shorten it, or split it up.',
  },
  'under-limit': {
    title: 'Empty, too short or too few',
    message: ({ field, limit }: { field: string; limit: string }) => (limit === 'at least 1 characters' ? `${field} must not be empty` : `${field} must have ${limit}`),
    fix: 'Add the missing content.',
  },
  'done-shape': {
    title: '`done` is not a list of conditions',
    message: '"done" must be { any: [conditions] } or { all: [conditions] }',
    fix: 'Write `done: { any: [ { clicked: true } ] }`, or `all:` when every condition must hold.',
  },
  'state-of-shape': {
    title: '`of` is neither target nor a locator',
    message: '"of" must be "target" or a locator',
    fix: 'Write `of: target`, or a locator such as `of: { role: checkbox, name: Activate IAM Access }`.',
  },
  'already-done-shape': {
    title: '`alreadyDone` is not a page with a list of signs',
    message: '"alreadyDone" must be { page, any: [signs] } or { page, all: [signs] }',
    fix: 'Write `alreadyDone: { page: iam.dashboard, any: [ { appears: { testId: … } } ] }`, or `all:` when every sign must show.',
  },
  'role-shape': {
    title: 'Not a role or a list of roles',
    message: '"role" must be one role or a list of up to 4 alternative roles',
    fix: `Write one role (e.g. button) or alternatives such as [link, button]. Roles: ${ARIA_ROLES.join(', ')}.`,
    fixInDocs: 'Write one role (e.g. button) or alternatives such as [link, button], from the roles listed under "Targets: locators" above.',
  },
  'names-shape': {
    title: 'Not a name or a list of names',
    message: ({ field }: { field: string }) => `${field} must be a name or a list of names`,
    fix: 'Write one name in quotes, or a list such as [Create user, Add users].',
  },
  'schema-other': {
    title: 'Another schema problem',
    message: ({ detail }: { detail: string }) => detail,
    fix: 'See the authoring guide (docs/authoring.md) for this field.',
  },

  // Ids, pages and structure
  'duplicate-section-id': { title: 'Two sections share an id', message: ({ id }: { id: string }) => `Two sections have the id ${quoted(id)}`, fix: 'Give each section its own id.' },
  'duplicate-step-id': {
    title: 'Two steps share an id',
    message: ({ id }: { id: string }) => `Two steps have the id ${quoted(id)}`,
    fix: 'Step ids must be unique in the pack; progress is kept by step id.',
  },
  'too-many-steps': {
    title: 'Too many steps',
    message: ({ steps, limit }: { steps: number; limit: number }) => `The pack has ${steps} steps; packs may have at most ${limit}`,
    fix: SPLIT_PACK_FIX,
  },
  'unknown-page': {
    title: 'Unknown console page',
    message: ({ id }: { id: string }) => `No console page has the id ${quoted(id)}`,
    fix: 'Use an id from the page catalogue (docs/authoring.md) or define the page under `pages`.',
  },
  'page-id-taken': { title: 'A pack page reuses a page id', message: ({ id }: { id: string }) => `The page id ${quoted(id)} is already taken`, fix: 'Give the pack page another id, or use the catalogue page.' },
  'unknown-parent-page': {
    title: 'Unknown parent page',
    message: ({ id }: { id: string }) => `No console page has the id ${quoted(id)}`,
    fix: 'Use a catalogue page id or another of your pages.',
  },
  'duplicate-page-id': { title: 'Two catalogue pages share an id', message: ({ id }: { id: string }) => `Duplicate page id ${quoted(id)}`, fix: 'Give each page its own id.' },
  'aws-site-path': {
    title: 'An aws-site page outside /console/',
    message: ({ shown }: { shown: string }) => `The aws-site path ${shown} is not the public console page; the coach runs on aws.amazon.com only at /console/`,
    fix: 'Write `{ host: aws-site, path: [/console/, /console] }`, or use the catalogue page aws.console-landing.',
  },
  'target-needs-page': { title: 'A target without a page', message: 'A step with a target needs a page', fix: 'Add `page:` with the console page the target is on.' },

  // Page addresses (pages[].urls); `shown` is the refused text, quoted and shortened.
  'address-regex': {
    title: 'A page pattern that looks like a regular expression',
    message: ({ shown }: { shown: string }) => `${shown} looks like a regular expression`,
    fix: 'Use a glob: * for one path segment, ** for the rest; no regular expressions.',
  },
  'address-not-absolute': {
    title: 'A page path that does not start with /',
    message: ({ shown }: { shown: string }) => `The path ${shown} does not start with /, so it could change the host`,
    fix: ADDRESS_PART_FIXES.path,
  },
  'address-double-slash': {
    title: 'A page address part with //',
    message: ({ part, shown }: { part: AddressPart; shown: string }) => `The ${part} ${shown} contains //, which can start another host`,
    fix: ({ part }: { part: AddressPart }) => ADDRESS_PART_FIXES[part],
    fixInDocs: ADDRESS_FIX_IN_DOCS,
  },
  'address-character': {
    title: 'A page address part with a character that could change where it leads',
    message: ({ part, shown, character }: { part: AddressPart; shown: string; character: string }) => `The ${part} ${shown} contains ${character}, which could change where the address leads`,
    fix: ({ part }: { part: AddressPart }) => ADDRESS_PART_FIXES[part],
    fixInDocs: ADDRESS_FIX_IN_DOCS,
  },
  'address-dot-segment': {
    title: 'A page address part with a . or .. segment',
    message: ({ part, shown }: { part: AddressPart; shown: string }) => `The ${part} ${shown} has a . or .. segment`,
    fix: ({ part }: { part: AddressPart }) => ADDRESS_PART_FIXES[part],
    fixInDocs: ADDRESS_FIX_IN_DOCS,
  },
  'address-unsafe': {
    title: 'A page address part that is not safe',
    message: ({ part, shown }: { part: AddressPart; shown: string }) => `The ${part} ${shown} is not a safe console address part`,
    fix: ({ part }: { part: AddressPart }) => ADDRESS_PART_FIXES[part],
    fixInDocs: ADDRESS_FIX_IN_DOCS,
  },

  // Locators and done conditions
  'locator-several-kinds': {
    title: 'A locator with several kinds',
    message: ({ kinds }: { kinds: readonly string[] }) => `A locator has ${kinds.join(' and ')}; use one kind per locator`,
    fix: 'List several locators under `target` instead; they are tried in order.',
  },
  'locator-no-kind': {
    title: 'A locator without a kind',
    message: 'A locator needs one of role, label, testId, text or css',
    fix: 'List several locators under `target` instead; they are tried in order.',
  },
  'name-without-role': { title: '`name` without `role`', message: '`name` goes with `role`', fix: 'Add `role:` (e.g. button), or use `text:` for visible text.' },
  'condition-several-kinds': {
    title: 'A condition with several kinds',
    message: ({ kinds }: { kinds: readonly string[] }) => `A condition has ${kinds.join(' and ')}; use one kind per condition`,
    fix: 'Put each condition in its own list entry under `any:` or `all:`.',
  },
  'condition-no-kind': {
    title: 'A condition without a kind',
    message: 'A condition needs one of clicked, page, flash, appears, state or manual',
    fix: 'Put each condition in its own list entry under `any:` or `all:`.',
  },
  'duplicate-role': {
    title: 'A role listed twice',
    message: ({ role }: { role: string }) => `The role ${quoted(role)} is listed twice in one locator`,
    fix: 'List each alternative role once, e.g. [link, button].',
  },
  'already-sign-kinds': {
    title: 'A sign of `alreadyDone` without exactly one kind',
    message: ({ kinds }: { kinds: readonly string[] }) =>
      kinds.length ? `A sign has ${kinds.join(' and ')}; use one kind per sign` : 'A sign needs one of appears or state',
    fix: 'Put each sign in its own list entry: `appears: <locator>` or `state: { of: <locator>, is: checked }`.',
  },
  'already-done-unknown-page': {
    title: '`alreadyDone` on an unknown page',
    message: ({ id }: { id: string }) => `alreadyDone looks at the page ${quoted(id)}, which no catalogue or pack page has as its id`,
    fix: 'Use an id from the page catalogue (docs/authoring.md) or one of your `pages`: the page where the finished work shows.',
  },
  'clicked-without-target': { title: '`clicked` without a target', message: '`clicked` needs the step to have a target', fix: 'Add a `target`, or use another condition.' },
  'state-of-target-without-target': { title: '`of: target` without a target', message: '`of: target` needs the step to have a target', fix: 'Add a `target`, or give a locator.' },

  // CSS locators (css-grammar.ts); `selector` is the whole selector, `part` the refused piece.
  'css-escape': {
    title: 'A CSS escape',
    message: ({ selector }: { selector: string }) => `The selector ${quoted(selector)} uses a backslash escape`,
    fix: `Write names and values without escapes. ${CSS_GRAMMAR}`,
    fixInDocs: `Write names and values without escapes; ${CSS_GRAMMAR_IN_DOCS}`,
  },
  'css-comment': { title: 'A CSS comment', message: ({ selector }: { selector: string }) => `The selector ${quoted(selector)} contains a comment`, fix: 'Remove the comment.' },
  'css-control-character': {
    title: 'A control character in CSS',
    message: ({ selector }: { selector: string }) => `The selector ${quoted(selector)} contains a control character or line break`,
    fix: 'Write the selector on one line.',
  },
  'css-unparsable': {
    title: 'CSS that cannot be parsed',
    message: ({ selector, reason }: { selector: string; reason: string }) => `The selector ${quoted(selector)} cannot be parsed (${reason})`,
    fix: `Write a plain CSS selector. ${CSS_GRAMMAR}`,
    fixInDocs: `Write a plain CSS selector; ${CSS_GRAMMAR_IN_DOCS}`,
  },
  'css-dangling-combinator': {
    title: 'A CSS combinator without an element on both sides',
    message: ({ part }: { part: string }) => `${quoted(part)} starts or ends with a combinator`,
    fix: 'Put an element on both sides of >, ~ and +.',
  },
  'css-namespace': { title: 'A CSS namespace', message: ({ part }: { part: string }) => `${quoted(part)} names a namespace`, fix: CSS_NAMESPACE_FIX },
  'css-not-a-tag': {
    title: 'Not a tag name',
    message: ({ part }: { part: string }) => `${quoted(part)} is not a tag name`,
    fix: CSS_GRAMMAR,
    fixInDocs: `Use a tag name such as button or input; ${CSS_GRAMMAR_IN_DOCS}`,
  },
  'css-pseudo-element': {
    title: 'A CSS pseudo-element',
    message: ({ part }: { part: string }) => `${quoted(part)} is a pseudo-element`,
    fix: 'Select the element itself; pseudo-elements are not elements.',
  },
  'css-combinator': { title: 'A combinator pack CSS may not use', message: ({ part }: { part: string }) => `${quoted(part)} is not a combinator pack CSS may use`, fix: 'Use a space, >, ~ or +.' },
  'css-full-hashed-class': {
    title: 'A full hashed Cloudscape class',
    message: ({ part }: { part: string }) => `${quoted(part)} names a full hashed Cloudscape class, which changes with every console release`,
    fix: 'Match the component prefix instead, e.g. [class*="awsui_button_vjswe"].',
  },
  'css-class-not-prefix': {
    title: 'A class that is not a Cloudscape component prefix',
    message: ({ part }: { part: string }) => `${quoted(part)} is not a Cloudscape component prefix`,
    fix: 'Match a component prefix with *=, e.g. [class*="awsui_button_"] or [class*="awsui_button_vjswe"].',
  },
  'css-typed-value': {
    title: 'CSS that selects on a typed value',
    message: ({ part }: { part: string }) => `${quoted(part)} selects on a field's value or what the learner types; pack CSS may not`,
    fix: CSS_TYPED_VALUE_FIX,
  },
  'css-typing-state': {
    title: 'A pseudo-class that depends on what is typed',
    message: ({ part }: { part: string }) => `${quoted(part)} depends on what the learner types`,
    fix: CSS_TYPED_VALUE_FIX,
  },
  'css-test-id-comparison': {
    title: 'A test id compared in a way pack CSS may not',
    message: ({ part }: { part: string }) => `${quoted(part)} compares a test id in a way pack CSS may not`,
    fix: 'Use [data-testid="…"], [data-testid^="…"] or [data-testid*="…"], or the `testId:` locator.',
  },
  'css-partial-value': {
    title: 'Part of a role or type compared',
    message: ({ part, attribute }: { part: string; attribute: string }) => `${quoted(part)} compares part of ${attribute}`,
    fix: ({ attribute }: { attribute: string }) => `Compare the whole value: [${attribute}="…"].`,
    fixInDocs: 'Compare the whole value: [role="…"] or [type="…"].',
  },
  'css-partial-aria': {
    title: 'Part of an aria-* value compared',
    message: ({ part }: { part: string }) => `${quoted(part)} compares part of an aria-* value`,
    fix: 'Compare the whole value ([aria-expanded="true"]) or test presence ([aria-current]); to match a name use `role` + `name`.',
  },
  'css-address-attribute': { title: 'CSS that selects on an address', message: ({ part }: { part: string }) => `${quoted(part)} selects on an address`, fix: 'Find links by `role: link` and `name:`, or by `text:`.' },
  'css-name-attribute': { title: "CSS that selects on a field's name", message: ({ part }: { part: string }) => `${quoted(part)} selects on a form field's name`, fix: 'Find the field by `label:`.' },
  'css-id-attribute': {
    title: 'Part of an id compared',
    message: ({ part }: { part: string }) => `${quoted(part)} compares part of an id; console ids can carry resource names`,
    fix: 'Compare the whole id (#signin_button or [id="signin_button"]), or use `testId:` or `role` + `name`.',
  },
  'css-attribute': {
    title: 'An attribute pack CSS may not use',
    message: ({ part, attribute }: { part: string; attribute: string }) => `${quoted(part)} selects on the ${attribute} attribute, which pack CSS may not use`,
    fix: `Use \`role\` + \`name\`, \`label\`, \`testId\` or \`text\` instead. ${CSS_GRAMMAR}`,
    fixInDocs: `Use \`role\` + \`name\`, \`label\`, \`testId\` or \`text\` instead; ${CSS_GRAMMAR_IN_DOCS}`,
  },
  'css-nth-argument': {
    title: 'An :nth-… argument other than an+b',
    message: ({ part }: { part: string; pseudo: string }) => `${quoted(part)} takes only a number or an+b here`,
    fix: ({ pseudo }: { pseudo: string }) => `Write :${pseudo}(2) or :${pseudo}(2n+1), without "of".`,
    fixInDocs: 'Write :nth-child(2) or :nth-child(2n+1), without "of".',
  },
  'css-has': {
    title: 'CSS :has()',
    message: ({ part }: { part: string }) => `${quoted(part)} looks inside elements, which pack CSS may not`,
    fix: 'Scope the locator with `within: { heading: … }`, or use a combinator (a > b).',
  },
  'css-contains': { title: 'CSS :contains()', message: ({ part }: { part: string }) => `${quoted(part)} matches text`, fix: 'Use the `text:` locator.' },
  'css-pseudo-class': {
    title: 'A pseudo-class pack CSS may not use',
    message: ({ part }: { part: string }) => `${quoted(part)} is not a pseudo-class pack CSS may use`,
    fix: `Use :not(), :is(), :where(), :checked, :disabled, :first-child or :nth-child(an+b). ${CSS_GRAMMAR}`,
    fixInDocs: `Use :not(), :is(), :where(), :checked, :disabled, :first-child or :nth-child(an+b); ${CSS_GRAMMAR_IN_DOCS}`,
  },

  // Links (author.url, steps[].links, links in bodies)
  'link-not-a-url': { title: 'A link that is not a URL', message: ({ url }: { url: string }) => `${quoted(url.slice(0, 80))} is not a URL`, fix: 'Write a full address starting with https://.' },
  'link-not-https': { title: 'A link without https', message: ({ protocol }: { protocol: string }) => `Links must use https, not ${protocol}`, fix: 'Use an https:// address.' },
  'link-credentials': { title: 'A link with a user name or password', message: 'Links must not carry a user name or password', fix: 'Remove the part before @ in the address.' },
  'link-to-console': {
    title: 'A link to the console or sign-in',
    message: ({ host }: { host: string }) => `Links to the console or sign-in (${host}) are not allowed`,
    fix: 'Use `page:` with a console page id and let the student press Go there, instead of a console link.',
  },
  'link-host-not-allowed': {
    title: 'A link to a host that is not allowed',
    message: ({ host }: { host: string }) => `Links to ${host} are not allowed`,
    fix: `Link to AWS or documentation sites: ${ALLOWED_LINK_HOSTS.join(', ')}.`,
    fixInDocs: 'Link to AWS or documentation sites: the hosts listed under "Links" above.',
  },

  // Step bodies: the Markdown subset
  'body-html': {
    title: 'Raw HTML in a body',
    message: 'Raw HTML cannot be used in a step body',
    fix: 'Remove the HTML; use Markdown: *emphasis*, **strong**, `code`, lists and [links](https://docs.aws.amazon.com/).',
  },
  'body-image': { title: 'An image in a body', message: 'Images cannot be used in a step body', fix: 'Remove the image; describe what to look for in words.' },
  'body-heading': { title: 'A heading in a body', message: 'Headings cannot be used in a step body', fix: "Use the step's title, or **strong** text." },
  'body-blockquote': { title: 'A block quote in a body', message: 'Block quotes cannot be used in a step body', fix: 'Use a plain paragraph, or a `warnings` entry for cautions.' },
  'body-table': { title: 'A table in a body', message: 'Tables cannot be used in a step body', fix: 'Use a list.' },
  'body-rule': { title: 'A horizontal rule in a body', message: 'Horizontal rules cannot be used in a step body', fix: 'Remove the rule; start a new paragraph instead.' },
  'body-reference-link': { title: 'A reference-style link in a body', message: 'Reference-style links cannot be used in a step body', fix: WRITE_LINK_INLINE_FIX },
  'body-link-definition': { title: 'A link definition in a body', message: 'Link definitions cannot be used in a step body', fix: WRITE_LINK_INLINE_FIX },
  'body-footnote': { title: 'A footnote in a body', message: 'Footnotes cannot be used in a step body', fix: 'Put the note in the text.' },
  'body-strikethrough': { title: 'Strikethrough in a body', message: 'Strikethrough cannot be used in a step body', fix: 'Remove the strikethrough.' },
  'body-markdown': {
    title: 'Other Markdown in a body',
    message: ({ kind }: { kind: string }) => `Markdown ${quoted(kind)} cannot be used in a step body`,
    fix: 'Use paragraphs, emphasis, code, lists and links.',
  },

  // Console label tables (packs/locales/<locale>.yaml)
  'locale-file-mismatch': {
    title: 'A label table names another locale than its file',
    message: ({ locale, file }: { locale: string; file: string }) => `The table says locale ${quoted(locale)} but its file is ${quoted(file)}`,
    fix: ({ file }: { file: string }) => `Write \`locale: ${file}\`, or rename the file to <locale>.yaml.`,
    fixInDocs: 'Write the locale the file is named after (ja.yaml holds `locale: ja`).',
  },
  'label-source': {
    title: 'A label without a usable source',
    message: ({ shown }: { shown: string }) => `The source ${shown} is neither a Cloudscape message key nor an https page on docs.aws.amazon.com or aws.amazon.com`,
    fix: 'Write `cloudscape:<component>.<key>` (a key of Cloudscape\'s message catalogue) or the https address of the AWS documentation page in this language that names the label.',
  },
  'label-source-language': {
    title: 'A label sourced from a page in another language',
    message: ({ shown, locale }: { shown: string; locale: string }) => `The source ${shown} is not a page in the ${locale} documentation`,
    fix: ({ expected }: { expected: string }) => `Cite the page in this table's language: its address starts with ${expected}.`,
    fixInDocs: 'Cite the page in the table\'s language, e.g. https://docs.aws.amazon.com/ja_jp/… for ja.',
  },
  'cloudscape-key-unknown': {
    title: 'An unknown Cloudscape message key',
    message: ({ key, locale }: { key: string; locale: string }) => `Cloudscape has no message ${quoted(key)} for ${locale}`,
    fix: 'Use a key of @cloudscape-design/components/i18n/messages/all.<locale>.json, written <component>.<key> (e.g. wizard.i18nStrings.nextButton).',
  },
  'cloudscape-text-differs': {
    title: 'A label that differs from Cloudscape\'s message',
    message: ({ key, expected }: { key: string; expected: string }) => `Cloudscape's message ${quoted(key)} reads ${quoted(expected)}, and this label does not list it`,
    fix: ({ expected }: { expected: string }) => `Write the text exactly as Cloudscape has it: ${quoted(expected)}.`,
    fixInDocs: 'Write the text exactly as Cloudscape\'s catalogue has it.',
  },
} as const satisfies Record<string, ProblemEntry>;

export type ProblemCode = keyof typeof PROBLEMS;

type ParamsOf<T> = T extends (params: infer P) => string ? P : unknown;
type Needs<C extends ProblemCode> = ParamsOf<(typeof PROBLEMS)[C]['message']> & ParamsOf<(typeof PROBLEMS)[C]['fix']>;
/** What an entry's message and fix need; `{}` when they need nothing. */
export type ProblemParams<C extends ProblemCode> = unknown extends Needs<C> ? Record<string, never> : Needs<C>;

/** What a problem says, without where it is. */
export interface ProblemText {
  code: ProblemCode;
  message: string;
  fix: string;
}

/** A problem named by code and parameters, not yet in words (what modules the overlay also loads return). */
export type ProblemRef = { [C in ProblemCode]: { code: C; params: ProblemParams<C> } }[ProblemCode];

const render = (text: Text, params: unknown): string => (typeof text === 'string' ? text : (text as (p: unknown) => string)(params));

/** The words of a catalogue entry for these parameters. */
export function problemText<C extends ProblemCode>(code: C, params: ProblemParams<C>): ProblemText {
  const entry: ProblemEntry = PROBLEMS[code];
  return { code, message: render(entry.message, params), fix: render(entry.fix, params) };
}

/** The words of a problem named by reference. */
export function describeProblem(ref: ProblemRef): ProblemText {
  return problemText(ref.code, ref.params as never);
}

/** The fix as the authoring guide states it: general where the real fix depends on parameters. */
export function fixInDocs(code: ProblemCode): string {
  const entry: ProblemEntry = PROBLEMS[code];
  return entry.fixInDocs ?? (entry.fix as string);
}
