import { z } from 'zod';
import { LIMITS } from './limits';
import { ARIA_ROLES } from './roles';
import { PAGE_HASH_PATTERN, PAGE_PATH_PATTERN, QUERY_KEY_PATTERN, QUERY_VALUE_PATTERN, pageAddressFix } from './page-address';

/**
 * The tutorial pack format, version 1: the public contract between instructors' pack files and
 * the extension. Closed vocabulary, strict objects, no code, no regular expressions, no HTML.
 * `packs/pack.schema.json` is generated from these schemas (see `json-schema.ts`).
 */
export const PACK_FORMAT = 1;

const text = (max: number) => z.string().trim().min(1, 'Must not be empty.').max(max, `At most ${max} characters.`);

export const KebabIdSchema = z
  .string()
  .max(LIMITS.idLength)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use kebab-case: lowercase letters, digits and single hyphens, e.g. "add-root-mfa".');

/** Console page ids are dotted, e.g. `iam.users.create` or `iam.users.create.permissions`. */
export const PageIdSchema = z
  .string()
  .max(LIMITS.idLength)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/, 'Use a page id such as "iam.users.create": lowercase words joined by dots.');

/** One name, or a list of alternatives (older console wording, other locales); matched normalised. */
export const NamesSchema = z.union([text(LIMITS.shortText), z.array(text(LIMITS.shortText)).min(1).max(LIMITS.alternatives)]);

export const AriaRoleSchema = z.enum(ARIA_ROLES);

export const ScopeSchema = z.strictObject({
  /** Inside the container (section) whose heading has this name. */
  heading: NamesSchema.describe('Search only inside the container (section) whose heading has this name.').optional(),
  /** Inside the open modal dialog. */
  modal: z.literal(true).describe('Search only inside the open modal dialog.').optional(),
});

/** One role, or alternatives where the console's element kind is uncertain (`[link, button]`). */
export const RolesSchema = z.union([AriaRoleSchema, z.array(AriaRoleSchema).min(1).max(4)]);

export const LocatorSchema = z
  .strictObject({
    role: RolesSchema.describe('The element\'s ARIA role (e.g. button), or up to 4 alternatives where the console\'s element kind varies ([link, button]). With `name`.').optional(),
    /** The accessible name, with `role`. */
    name: NamesSchema.describe('The accessible name, with `role`: one name or alternatives (older wording, other languages), matched without case.').optional(),
    /** A form field's label. */
    label: NamesSchema.describe('A form field by its label.').optional(),
    testId: text(LIMITS.shortText).describe('An element by its data-testid.').optional(),
    /** Visible text of the element. */
    text: NamesSchema.describe('An element by its visible text (short texts only).').optional(),
    /** Last resort: a CSS selector inside the grammar of `css-grammar.ts` (no attribute that can hold a typed value). */
    css: text(LIMITS.shortText)
      .describe('Last resort: tag names, Cloudscape component prefixes, test ids, whole ids (#signin_button), role/type/aria-* values, combinators, :not/:is/:where, structural pseudo-classes. Never values or placeholders.')
      .optional(),
    within: ScopeSchema.describe('Where to search: inside a headed container or the open modal.').optional(),
  })
  .describe('One way to find an element: exactly one of role (+ name), label, testId, text or css, optionally `within` part of the page.');

export const StateSchema = z.enum(['checked', 'unchecked', 'selected', 'current', 'expanded', 'pressed']);
export const FlashTypeSchema = z.enum(['success', 'error', 'info', 'warning']);

/** One thing that shows the step happened. Exactly one kind per condition. */
export const ConditionSchema = z
  .strictObject({
    /** The step's target was clicked. */
    clicked: z.literal(true).describe('The student clicked the step\'s target.').optional(),
    /** The console shows this page (catalogue or pack page id), e.g. a wizard step. */
    page: PageIdSchema.describe('The console shows this page (a catalogue or pack page id), e.g. the next wizard step.').optional(),
    /** A console notification appears, e.g. `{ type: success, text: "User created successfully" }`. */
    flash: z
      .strictObject({ type: FlashTypeSchema.default('success'), text: NamesSchema.optional() })
      .describe('A console notification of this type (and text) shows. Texts change without notice: pair one with a page, appears or state condition under `any`.')
      .optional(),
    /** An element appears. */
    appears: LocatorSchema.describe('An element appears.').optional(),
    /** A control reaches a state (never an input's value). */
    state: z
      .strictObject({ of: z.union([z.literal('target'), LocatorSchema]), is: StateSchema })
      .describe('A control (the target, or a locator) reaches a state; never an input\'s value.')
      .optional(),
    /** The student confirms it (self-reported). */
    manual: z.literal(true).describe('The student presses Done (self-reported).').optional(),
  })
  .describe('One thing that shows the step happened: exactly one kind per condition.');

/**
 * What a page shows when the step (or section) was done before, e.g. on another day or at sign-in:
 * elements present and controls in a state, never a typed value. Checked only on `page`.
 */
export const AlreadyConditionSchema = z
  .strictObject({
    appears: LocatorSchema.describe('An element that shows only once the work is done (e.g. the alias, a "Passkey MFA device assigned" banner).').optional(),
    state: z
      .strictObject({ of: LocatorSchema, is: z.enum(['checked', 'unchecked', 'selected', 'current', 'expanded', 'pressed']) })
      .describe('A control in a state that shows the work is done.')
      .optional(),
  })
  .describe('One sign that the work was done before: exactly one of appears or state.');

const alreadyPage = PageIdSchema.describe('The page (catalogue or pack page id) where the signs are looked for.');
export const AlreadyDoneSchema = z
  .union([
    z.strictObject({ page: alreadyPage, any: z.array(AlreadyConditionSchema).min(1).max(LIMITS.doneConditions).describe('Done before when one sign shows.') }),
    z.strictObject({ page: alreadyPage, all: z.array(AlreadyConditionSchema).min(1).max(LIMITS.doneConditions).describe('Done before when every sign shows.') }),
  ])
  .describe('How the console shows this was done before (another day, or at sign-in): the coach records it as already done and moves on.');

export const DoneSchema = z
  .union([
    z.strictObject({ any: z.array(ConditionSchema).min(1).max(LIMITS.doneConditions).describe('Done when one condition holds.') }),
    z.strictObject({ all: z.array(ConditionSchema).min(1).max(LIMITS.doneConditions).describe('Done when every condition holds.') }),
  ])
  .describe('How the step is known to be done.');

export const LinkSchema = z.strictObject({
  title: text(LIMITS.titleLength),
  url: z.string().max(LIMITS.urlLength),
});

export const IdentitySchema = z.enum(['root', 'iam-user']);
export const RegionSchema = z.string().regex(/^[a-z]{2}(?:-gov)?-[a-z]+-\d$/, 'Use a region code such as "us-east-1".');

/** A language tag such as `ja`, `de` or `pt-BR`: the pack's `locale`, and the keys of `translations`. */
export const LocaleTagSchema = z.string().regex(/^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-[A-Z]{2}|-\d{3})?$/, 'Use a language tag such as "en" or "pt-BR".');

/** Per-language text, keyed by language tag; the pack's own text (in `locale`) is the fallback. */
const translations = <T extends z.ZodRawShape>(shape: T, what: string) =>
  z
    .record(LocaleTagSchema, z.strictObject(shape))
    .refine((value) => Object.keys(value).length <= LIMITS.translations, `At most ${LIMITS.translations} languages.`)
    .describe(`${what} in other languages, keyed by language tag (ja, de, pt-BR); shown to learners whose browser is in that language.`);

export const StepSchema = z.strictObject({
  id: KebabIdSchema.describe('Unique in the pack and stable across versions: progress is kept by step id.'),
  title: text(LIMITS.titleLength).describe('What to do, as an instruction.'),
  /** Markdown subset: paragraphs, emphasis, strong, code, lists, links. No HTML. */
  body: z.string().max(LIMITS.bodyLength).describe('Markdown subset: paragraphs, emphasis, strong, code, lists, links. No HTML.').optional(),
  /** Where the step happens: a catalogue page id or one defined in the pack's `pages`. */
  page: PageIdSchema.describe('Where the step happens: a catalogue page id (e.g. iam.users, aws.console-landing) or one of the pack\'s `pages`.').optional(),
  /** What to point at: locators tried in order until one matches. */
  target: z.array(LocatorSchema).min(1).max(LIMITS.locators).describe('What to point at: locators tried in order until one matches. Give two of different kinds (the doctor checks).').optional(),
  done: DoneSchema,
  /** The console state that shows this step was already done: it is recorded "already done" and skipped. */
  alreadyDone: AlreadyDoneSchema.optional(),
  optional: z.boolean().describe('Students may skip the step.').optional(),
  identity: IdentitySchema.describe('Who must be signed in: root or iam-user.').optional(),
  region: RegionSchema.describe('The region the step needs, e.g. us-east-1 (billing metrics exist only there).').optional(),
  warnings: z.array(text(LIMITS.shortText)).max(LIMITS.warnings).describe('Short cautions shown with the step.').optional(),
  links: z.array(LinkSchema).max(LIMITS.links).describe('Links to allowed documentation hosts; never into the console.').optional(),
  translations: translations(
    {
      title: text(LIMITS.titleLength).optional(),
      body: z.string().max(LIMITS.bodyLength).describe('Markdown subset, as `body`.').optional(),
      warnings: z.array(text(LIMITS.shortText)).max(LIMITS.warnings).optional(),
    },
    'The title, body and warnings',
  ).optional(),
});

export const SectionSchema = z.strictObject({
  id: KebabIdSchema,
  title: text(LIMITS.titleLength).describe('The checklist group\'s title.'),
  /** The console state that shows the whole section was already done (e.g. root MFA registered at sign-in). */
  alreadyDone: AlreadyDoneSchema.describe('How the console shows the whole section was done before (e.g. root MFA registered at sign-in): all its steps are recorded as already done.').optional(),
  steps: z.array(StepSchema).min(1).max(LIMITS.stepsPerSection),
  translations: translations({ title: text(LIMITS.titleLength).optional() }, 'The section title').optional(),
});

/**
 * URL pattern of a console page: globs, never regular expressions. The host is a kind, never a
 * name; path, hash and query use a safe character set so no part can change the host
 * (`page-address.ts`).
 */
export const UrlPatternSchema = z.strictObject({
  /** `aws-site`: the public site's console landing page, where signing out ends (`https://aws.amazon.com/console/`). */
  host: z
    .enum(['console', 'signin', 'aws-site'])
    .describe('console or signin (every partition, region, alias and session host), or aws-site: https://aws.amazon.com/console/ only, where signing out ends.'),
  /** Paths, e.g. `/iam/home`; `*` matches within one segment. */
  path: z.array(z.string().max(200).regex(PAGE_PATH_PATTERN, pageAddressFix('path'))).min(1).max(10).describe('Paths, e.g. /iam/home; * matches within one segment, ** the rest. Compared as written.'),
  /** Hash routes after normalising `$` to `/` and dropping `?…`, e.g. `/users/details/*`. */
  hash: z
    .array(z.string().max(200).regex(PAGE_HASH_PATTERN, pageAddressFix('hash')))
    .max(20)
    .describe('Hash routes, e.g. /users/details/*, compared after turning $ into / and dropping ?…, without regard to case.')
    .optional(),
  /** Query parameters the hash or the URL must carry, e.g. `{ section: security_credentials }`. */
  query: z
    .record(z.string().max(64).regex(QUERY_KEY_PATTERN, pageAddressFix('query key')), z.string().max(200).regex(QUERY_VALUE_PATTERN, pageAddressFix('query value')))
    .describe('Query parameters the hash or the URL must carry, e.g. { section: security_credentials }.')
    .optional(),
});

export const PageSignatureSchema = z
  .strictObject({
    heading: NamesSchema.describe('The page\'s h1 (counters such as "(3)" aside); list both wordings where the console has two.').optional(),
    wizardStep: NamesSchema.describe('The current step in the wizard\'s navigation.').optional(),
    wizardStepNumber: z.number().int().min(1).max(20).describe('The number of the wizard\'s current step (1 = the first): the same in every language.').optional(),
    tab: NamesSchema.describe('The selected tab.').optional(),
    /** An element only this page has (ids, test ids, structure): tells apart pages that share a URL. */
    has: LocatorSchema.describe('An element only this page shows (ids, test ids, structure): tells apart pages that share a URL, whatever their headings say.').optional(),
    /** An element this page never shows, where another page on its URL shows all it has and more. */
    lacks: LocatorSchema.describe('An element this page never shows, where another page on the same URL shows all this one has and more.').optional(),
  })
  .describe('What the page shows besides its address; every part given must hold.');

export const PageSchema = z.strictObject({
  id: PageIdSchema.describe('A dotted page id not taken by the catalogue, e.g. iam.roles.'),
  title: text(LIMITS.titleLength),
  urls: z.array(UrlPatternSchema).min(1).max(10).describe('Where the page is; Go there opens the first.'),
  signature: PageSignatureSchema.optional(),
  /** Where "Go there" leads when the URL has a wildcard (e.g. a user's page → the Users list). */
  parent: PageIdSchema.describe('Where Go there leads when the URL has a wildcard (a user\'s page → the Users list).').optional(),
});

export const AuthorSchema = z.strictObject({
  name: text(LIMITS.titleLength),
  url: z.string().max(LIMITS.urlLength).optional(),
});

export const PackSchema = z.strictObject({
  $schema: z.string().max(LIMITS.urlLength).optional(),
  format: z.literal(PACK_FORMAT).describe('Always 1 for this version of the format.'),
  id: KebabIdSchema.describe('Kebab-case, stable across versions: progress is kept per pack id.'),
  version: z
    .string()
    .regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, 'Use a semantic version such as "1.0.0".')
    .describe('Semantic version; a newer version keeps the progress of steps whose ids remain.'),
  title: text(LIMITS.titleLength),
  summary: text(LIMITS.shortText).describe('One or two sentences.'),
  author: AuthorSchema.describe('Who wrote the pack, with an optional https link to an allowed host.'),
  locale: LocaleTagSchema.describe('Language tag of the text, e.g. en or pt-BR.'),
  estimatedMinutes: z.number().int().min(1).max(600).describe('Whole minutes, 1 to 600.'),
  /** The month of the console the pack was last played against, e.g. "2026-11". */
  testedAgainst: z
    .string()
    .regex(/^20\d{2}-(0[1-9]|1[0-2])$/, 'Use a year and month such as "2026-11".')
    .describe('The month of the console the pack was last played against, e.g. "2026-11"; shown in the review before install.')
    .optional(),
  pages: z.array(PageSchema).max(LIMITS.pages).describe('Console pages the pack needs that the catalogue lacks.').optional(),
  sections: z.array(SectionSchema).min(1).max(LIMITS.sections).describe('Checklist groups of steps.'),
  translations: translations({ title: text(LIMITS.titleLength).optional(), summary: text(LIMITS.shortText).optional() }, 'The pack title and summary').optional(),
});

export type Names = z.infer<typeof NamesSchema>;
export type Scope = z.infer<typeof ScopeSchema>;
export type Locator = z.infer<typeof LocatorSchema>;
export type Condition = z.infer<typeof ConditionSchema>;
export type AlreadyCondition = z.infer<typeof AlreadyConditionSchema>;
export type AlreadyDone = z.infer<typeof AlreadyDoneSchema>;
export type Done = z.infer<typeof DoneSchema>;
export type PackLink = z.infer<typeof LinkSchema>;
export type Step = z.infer<typeof StepSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type UrlPattern = z.infer<typeof UrlPatternSchema>;
export type PageDefinition = z.infer<typeof PageSchema>;
export type PackSource = z.infer<typeof PackSchema>;
