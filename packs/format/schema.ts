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
  heading: NamesSchema.optional(),
  /** Inside the open modal dialog. */
  modal: z.literal(true).optional(),
});

/** One role, or alternatives where the console's element kind is uncertain (`[link, button]`). */
export const RolesSchema = z.union([AriaRoleSchema, z.array(AriaRoleSchema).min(1).max(4)]);

export const LocatorSchema = z.strictObject({
  role: RolesSchema.optional(),
  /** The accessible name, with `role`. */
  name: NamesSchema.optional(),
  /** A form field's label. */
  label: NamesSchema.optional(),
  testId: text(LIMITS.shortText).optional(),
  /** Visible text of the element. */
  text: NamesSchema.optional(),
  /** Last resort: a CSS selector inside the grammar of `css-grammar.ts` (no attribute that can hold a typed value). */
  css: text(LIMITS.shortText).optional(),
  within: ScopeSchema.optional(),
});

export const StateSchema = z.enum(['checked', 'unchecked', 'selected', 'current', 'expanded', 'pressed']);
export const FlashTypeSchema = z.enum(['success', 'error', 'info', 'warning']);

/** One thing that shows the step happened. Exactly one kind per condition. */
export const ConditionSchema = z.strictObject({
  /** The step's target was clicked. */
  clicked: z.literal(true).optional(),
  /** The console shows this page (catalogue or pack page id), e.g. a wizard step. */
  page: PageIdSchema.optional(),
  /** A console notification appears, e.g. `{ type: success, text: "User created successfully" }`. */
  flash: z.strictObject({ type: FlashTypeSchema.default('success'), text: NamesSchema.optional() }).optional(),
  /** An element appears. */
  appears: LocatorSchema.optional(),
  /** A control reaches a state (never an input's value). */
  state: z.strictObject({ of: z.union([z.literal('target'), LocatorSchema]), is: StateSchema }).optional(),
  /** The student confirms it (self-reported). */
  manual: z.literal(true).optional(),
});

/**
 * What a page shows when the step (or section) was done before, e.g. on another day or at sign-in:
 * elements present and controls in a state, never a typed value. Checked only on `page`.
 */
export const AlreadyConditionSchema = z.strictObject({
  appears: LocatorSchema.optional(),
  state: z.strictObject({ of: LocatorSchema, is: z.enum(['checked', 'unchecked', 'selected', 'current', 'expanded', 'pressed']) }).optional(),
});

export const AlreadyDoneSchema = z.union([
  z.strictObject({ page: PageIdSchema, any: z.array(AlreadyConditionSchema).min(1).max(LIMITS.doneConditions) }),
  z.strictObject({ page: PageIdSchema, all: z.array(AlreadyConditionSchema).min(1).max(LIMITS.doneConditions) }),
]);

export const DoneSchema = z.union([
  z.strictObject({ any: z.array(ConditionSchema).min(1).max(LIMITS.doneConditions) }),
  z.strictObject({ all: z.array(ConditionSchema).min(1).max(LIMITS.doneConditions) }),
]);

export const LinkSchema = z.strictObject({
  title: text(LIMITS.titleLength),
  url: z.string().max(LIMITS.urlLength),
});

export const IdentitySchema = z.enum(['root', 'iam-user']);
export const RegionSchema = z.string().regex(/^[a-z]{2}(?:-gov)?-[a-z]+-\d$/, 'Use a region code such as "us-east-1".');

export const StepSchema = z.strictObject({
  id: KebabIdSchema,
  title: text(LIMITS.titleLength),
  /** Markdown subset: paragraphs, emphasis, strong, code, lists, links. No HTML. */
  body: z.string().max(LIMITS.bodyLength).optional(),
  /** Where the step happens: a catalogue page id or one defined in the pack's `pages`. */
  page: PageIdSchema.optional(),
  /** What to point at: locators tried in order until one matches. */
  target: z.array(LocatorSchema).min(1).max(LIMITS.locators).optional(),
  done: DoneSchema,
  /** The console state that shows this step was already done: it is recorded "already done" and skipped. */
  alreadyDone: AlreadyDoneSchema.optional(),
  optional: z.boolean().optional(),
  identity: IdentitySchema.optional(),
  region: RegionSchema.optional(),
  warnings: z.array(text(LIMITS.shortText)).max(LIMITS.warnings).optional(),
  links: z.array(LinkSchema).max(LIMITS.links).optional(),
});

export const SectionSchema = z.strictObject({
  id: KebabIdSchema,
  title: text(LIMITS.titleLength),
  /** The console state that shows the whole section was already done (e.g. root MFA registered at sign-in). */
  alreadyDone: AlreadyDoneSchema.optional(),
  steps: z.array(StepSchema).min(1).max(LIMITS.stepsPerSection),
});

/**
 * URL pattern of a console page: globs, never regular expressions. The host is a kind, never a
 * name; path, hash and query use a safe character set so no part can change the host
 * (`page-address.ts`).
 */
export const UrlPatternSchema = z.strictObject({
  /** `aws-site`: the public site's console landing page, where signing out ends (`https://aws.amazon.com/console/`). */
  host: z.enum(['console', 'signin', 'aws-site']),
  /** Paths, e.g. `/iam/home`; `*` matches within one segment. */
  path: z.array(z.string().max(200).regex(PAGE_PATH_PATTERN, pageAddressFix('path'))).min(1).max(10),
  /** Hash routes after normalising `$` to `/` and dropping `?…`, e.g. `/users/details/*`. */
  hash: z.array(z.string().max(200).regex(PAGE_HASH_PATTERN, pageAddressFix('hash'))).max(20).optional(),
  /** Query parameters the hash or the URL must carry, e.g. `{ section: security_credentials }`. */
  query: z
    .record(z.string().max(64).regex(QUERY_KEY_PATTERN, pageAddressFix('query key')), z.string().max(200).regex(QUERY_VALUE_PATTERN, pageAddressFix('query value')))
    .optional(),
});

export const PageSignatureSchema = z.strictObject({
  heading: NamesSchema.optional(),
  wizardStep: NamesSchema.optional(),
  tab: NamesSchema.optional(),
  /** An element only this page has (ids, test ids, structure): tells apart pages that share a URL. */
  has: LocatorSchema.optional(),
  /** An element this page never shows, where another page on its URL shows all it has and more. */
  lacks: LocatorSchema.optional(),
});

export const PageSchema = z.strictObject({
  id: PageIdSchema,
  title: text(LIMITS.titleLength),
  urls: z.array(UrlPatternSchema).min(1).max(10),
  signature: PageSignatureSchema.optional(),
  /** Where "Go there" leads when the URL has a wildcard (e.g. a user's page → the Users list). */
  parent: PageIdSchema.optional(),
});

export const AuthorSchema = z.strictObject({
  name: text(LIMITS.titleLength),
  url: z.string().max(LIMITS.urlLength).optional(),
});

export const PackSchema = z.strictObject({
  $schema: z.string().max(LIMITS.urlLength).optional(),
  format: z.literal(PACK_FORMAT),
  id: KebabIdSchema,
  version: z
    .string()
    .regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, 'Use a semantic version such as "1.0.0".'),
  title: text(LIMITS.titleLength),
  summary: text(LIMITS.shortText),
  author: AuthorSchema,
  locale: z.string().regex(/^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-[A-Z]{2}|-\d{3})?$/, 'Use a language tag such as "en" or "pt-BR".'),
  estimatedMinutes: z.number().int().min(1).max(600),
  /** The month of the console the pack was last played against, e.g. "2026-11". */
  testedAgainst: z.string().regex(/^20\d{2}-(0[1-9]|1[0-2])$/, 'Use a year and month such as "2026-11".').optional(),
  pages: z.array(PageSchema).max(LIMITS.pages).optional(),
  sections: z.array(SectionSchema).min(1).max(LIMITS.sections),
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
