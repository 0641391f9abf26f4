/**
 * Console variants: the ways today's real console differs from one visit to the next (a redesign
 * rolled out, a setting a learner turned on, an account created another way). Each behaviour can
 * be switched on its own, per browser context: `createPracticeBackend({ variants })`, the
 * `PRACTICE_VARIANTS` environment variable, `npm start -- --console <list>`, or a page URL with
 * `?practice=<list>` (kept in the `practice_variants` cookie). Evidence and confidence for each:
 * `shared/reference/real-console-2026.md`.
 *
 * This module is shared by the server (Node) and the pages (browser): no DOM, no Node APIs.
 */
export interface PracticeVariants {
  /** The sign-in app: the 2024 redesign (`div#__next`, user-type radios `ROOT`/`IAM`) or the older one. */
  signin: 'new' | 'legacy';
  /** `alt` swaps the low-confidence wording (field label, IAM step heading) between the two designs. */
  signinWording: 'default' | 'alt';
  /** Sign out ends on `https://aws.amazon.com/console/` (today) or on a signed-out page of the sign-in host. */
  signout: 'aws-site' | 'legacy';
  /** Root MFA: none; `prompt`: signing in as root without MFA asks to register it; `registered`: a passkey already there. */
  rootMfa: 'none' | 'prompt' | 'registered';
  /** `activated`: IAM user and role access to Billing information is already on (an Organizations account). */
  billingAccess: 'off' | 'activated';
  /** `multi`: console hosts carry `<accountId>-<8 chars>.` and the account menu has session items. */
  session: 'single' | 'multi';
  /** `auto`: the narrow header below 1100 px of window width; `narrow`/`wide` always. */
  header: 'auto' | 'wide' | 'narrow';
  /** What the CloudWatch metric picker's Browse items are: links, buttons, or tiles (radio tiles). */
  metricPicker: 'links' | 'buttons' | 'tiles';
}

/** The best reading of the evidence today: a fresh account on today's sign-in and sign-out. */
export const DEFAULT_VARIANTS: Readonly<PracticeVariants> = Object.freeze({
  signin: 'new',
  signinWording: 'default',
  signout: 'aws-site',
  rootMfa: 'none',
  billingAccess: 'off',
  session: 'single',
  header: 'auto',
  metricPicker: 'links',
});

/** Below this window width (CSS px) the `auto` header is the narrow one. */
export const NARROW_HEADER_BELOW = 1100;

type Key = keyof PracticeVariants;

/** The written name of each variant and its values, as in `signin=legacy,metric-picker=buttons`. */
export const VARIANT_OPTIONS: { readonly [K in Key]: { readonly name: string; readonly values: readonly PracticeVariants[K][] } } = {
  signin: { name: 'signin', values: ['new', 'legacy'] },
  signinWording: { name: 'signin-wording', values: ['default', 'alt'] },
  signout: { name: 'signout', values: ['aws-site', 'legacy'] },
  rootMfa: { name: 'root-mfa', values: ['none', 'prompt', 'registered'] },
  billingAccess: { name: 'billing-access', values: ['off', 'activated'] },
  session: { name: 'session', values: ['single', 'multi'] },
  header: { name: 'header', values: ['auto', 'wide', 'narrow'] },
  metricPicker: { name: 'metric-picker', values: ['links', 'buttons', 'tiles'] },
};

/** Words that stand for several settings at once. */
export const VARIANT_SHORTHANDS: Readonly<Record<string, Partial<PracticeVariants>>> = {
  'multi-session': { session: 'multi' },
  'single-session': { session: 'single' },
  'narrow-header': { header: 'narrow' },
  'wide-header': { header: 'wide' },
  /** The console as the practice console modelled it before 2026: old sign-in page, signed-out page on the sign-in host. */
  legacy: { signin: 'legacy', signout: 'legacy' },
  /** Every setting at its default (useful to clear a cookie's selection: `?practice=default`). */
  default: { ...DEFAULT_VARIANTS },
};

export type PracticeVariantsInput = Partial<PracticeVariants> | string;

export interface ParsedVariants {
  variants: Partial<PracticeVariants>;
  /** Words that name no variant or value, for an error message. */
  unknown: string[];
}

/** Read `signin=legacy, multi-session,metric-picker=buttons` (commas or spaces; later words win). */
export function parseVariants(text: string): ParsedVariants {
  const variants: Partial<PracticeVariants> = {};
  const unknown: string[] = [];
  for (const word of text.split(/[\s,]+/).map((w) => w.trim().toLowerCase()).filter(Boolean)) {
    const shorthand = VARIANT_SHORTHANDS[word];
    if (shorthand) {
      Object.assign(variants, shorthand);
      continue;
    }
    const [name, value] = word.split('=', 2);
    const key = (Object.keys(VARIANT_OPTIONS) as Key[]).find((k) => VARIANT_OPTIONS[k].name === name);
    if (!key || value === undefined || !(VARIANT_OPTIONS[key].values as readonly string[]).includes(value)) {
      unknown.push(word);
      continue;
    }
    (variants as Record<Key, string>)[key] = value;
  }
  return { variants, unknown };
}

/** Like `parseVariants`, but an unknown word is an error that lists what is known. */
export function parseVariantsStrict(text: string, source?: string): Partial<PracticeVariants> {
  const { variants, unknown } = parseVariants(text);
  if (unknown.length) throw new Error(`Unknown practice-console variants${source ? ` in ${source}` : ''}: ${unknown.join(', ')}. Known: ${describeVariantSyntax()}`);
  return variants;
}

/** Check a typed object (tests pass one) the way a written list is checked. */
export function checkVariants(input: PracticeVariantsInput, source?: string): Partial<PracticeVariants> {
  if (typeof input === 'string') return parseVariantsStrict(input, source);
  const bad = (Object.entries(input) as [string, unknown][]).filter(([key, value]) => {
    const option = VARIANT_OPTIONS[key as Key];
    return value !== undefined && (!option || !(option.values as readonly unknown[]).includes(value));
  });
  if (bad.length) {
    const listed = bad.map(([k, v]) => `${k}: ${String(v)}`).join(', ');
    throw new Error(`Unknown practice-console variants${source ? ` in ${source}` : ''}: ${listed}. Known: ${describeVariantSyntax()}`);
  }
  return input;
}

/** Every setting, later layers winning: defaults, then each partial selection. */
export function resolveVariants(...layers: (Partial<PracticeVariants> | undefined)[]): PracticeVariants {
  const result: PracticeVariants = { ...DEFAULT_VARIANTS };
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer ?? {})) if (value !== undefined) (result as unknown as Record<string, string>)[key] = value as string;
  }
  return result;
}

/** The written form, every setting: `signin=new,signin-wording=default,…`. */
export function formatVariants(variants: PracticeVariants): string {
  return (Object.keys(VARIANT_OPTIONS) as Key[]).map((key) => `${VARIANT_OPTIONS[key].name}=${variants[key]}`).join(',');
}

/** Only what differs from the defaults: `signin=legacy,session=multi` (empty for the defaults). */
export function formatVariantChanges(variants: Partial<PracticeVariants>): string {
  return (Object.keys(VARIANT_OPTIONS) as Key[])
    .filter((key) => variants[key] !== undefined && variants[key] !== DEFAULT_VARIANTS[key])
    .map((key) => `${VARIANT_OPTIONS[key].name}=${variants[key]}`)
    .join(',');
}

export function describeVariantSyntax(): string {
  const settings = (Object.keys(VARIANT_OPTIONS) as Key[]).map((key) => `${VARIANT_OPTIONS[key].name}=${VARIANT_OPTIONS[key].values.join('|')}`);
  return [...settings, ...Object.keys(VARIANT_SHORTHANDS)].join(', ');
}

/** The name of the page meta element the server writes the resolved variants into. */
export const VARIANTS_META = 'practice-variants';
/** The cookie (on the partition's `.aws.amazon.com`-style domain) that keeps a `?practice=` choice. */
export const VARIANTS_COOKIE = 'practice_variants';
/** The URL query parameter that chooses variants for this browser context. */
export const VARIANTS_QUERY = 'practice';
