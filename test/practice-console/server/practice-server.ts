import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { applyAction, type ActionOutcome, type PracticeAction } from '../src/state/actions';
import { createInitialState, sessionArn, type PracticeState } from '../src/state/model';
import { generateSessionId } from '../src/state/secrets';
import {
  VARIANTS_COOKIE,
  VARIANTS_META,
  VARIANTS_QUERY,
  checkVariants,
  formatVariants,
  parseVariants,
  resolveVariants,
  type PracticeVariants,
  type PracticeVariantsInput,
} from '../src/variants';
import { LANGUAGE_COOKIE, LANGUAGE_QUERY, checkLanguage, parseLanguage, type Language } from '../src/i18n/languages';
import { awsSiteConsolePage } from './aws-site';
import { AWS_SITE_CONSOLE_PAGE, classifyHost, isAwsSiteConsoleUrl, parseConsolePrefix, sessionConsoleHost } from './hosts';

/**
 * The practice console's "AWS backend": one account per browser context, answered through
 * request interception for the real console and sign-in hosts (and the public site's
 * `aws.amazon.com/console/` page), so the extension's real match patterns apply and no traffic
 * leaves the machine: a local proxy in Chromium (practice-proxy.ts), WebDriver BiDi in Firefox.
 */
export const ASSET_PREFIX = '/__practice-console/';
const API_PREFIX = `${ASSET_PREFIX}api/`;

export interface PracticeBackend {
  readonly state: PracticeState;
  /** The console variants this browser context starts from (a `?practice=` cookie can change them per page). */
  readonly variants: PracticeVariants;
  dispatch(action: PracticeAction): ActionOutcome;
  /** Replace parts of the account, for tests that start mid-tutorial. */
  seed(patch: Partial<PracticeState>): void;
  /** The console's language when the browser has no `noflush_locale` cookie (`en`, `ja`, `de`). */
  language: Language;
  /** Choose other variants from now on (what the next page load sees); account seeds they imply are applied. */
  setVariants(input: PracticeVariantsInput): void;
  /** Apply, once each, what a variant says about the account (a root passkey, billing access on, a session). */
  applyVariantSeeds(variants: PracticeVariants): void;
}

/** What a test or `npm start` may give: parts of the account to start with, and the console variants. */
export interface PracticeBackendOptions extends Partial<PracticeState> {
  /** `{ signin: 'legacy', session: 'multi' }` or `'signin=legacy,multi-session'`; over `PRACTICE_VARIANTS`. */
  variants?: PracticeVariantsInput;
  /** `'ja'`, `'de'` or `'en'`: the language of pages whose browser has no `noflush_locale` cookie; over `PRACTICE_LANGUAGE`. */
  language?: string;
}

/** `PRACTICE_LANGUAGE` (e.g. `ja`): the language every backend starts from; English without it. */
export function environmentLanguage(): Language {
  const text = process.env.PRACTICE_LANGUAGE;
  return text ? checkLanguage(text, 'PRACTICE_LANGUAGE') : 'en';
}

/** `PRACTICE_VARIANTS` (e.g. `signin=legacy,signout=legacy`): the variants every backend starts from. */
export function environmentVariants(): Partial<PracticeVariants> {
  const text = process.env.PRACTICE_VARIANTS;
  return text ? checkVariants(text, 'PRACTICE_VARIANTS') : {};
}

export function createPracticeBackend(options: PracticeBackendOptions = {}): PracticeBackend {
  const { variants: input, language: languageInput, ...initial } = options;
  let language = languageInput === undefined ? environmentLanguage() : checkLanguage(languageInput, 'createPracticeBackend language');
  let variants = resolveVariants(environmentVariants(), input === undefined ? undefined : checkVariants(input));
  let state: PracticeState = { ...createInitialState(), ...initial };
  const applied = new Set<string>();
  const change = (next: PracticeState) => (state = { ...next, revision: state.revision + 1 });

  const backend: PracticeBackend = {
    get state() {
      return state;
    },
    get variants() {
      return variants;
    },
    get language() {
      return language;
    },
    set language(next) {
      language = checkLanguage(next);
    },
    dispatch(action) {
      const outcome = applyAction(state, action, createInitialState);
      state = outcome.state;
      return outcome;
    },
    seed(patch) {
      state = { ...state, ...patch, revision: state.revision + 1 };
    },
    setVariants(next) {
      variants = resolveVariants(variants, checkVariants(next));
      backend.applyVariantSeeds(variants);
    },
    applyVariantSeeds(v) {
      // Account facts, applied once: afterwards the account is the learner's to change.
      if (v.rootMfa === 'registered' && !applied.has('root-mfa')) {
        applied.add('root-mfa');
        if (!state.rootMfaDevices.length) {
          // As if registered when root signed in (AWS asks for MFA at root sign-in since 2024).
          change({ ...state, rootMfaDevices: [{ name: 'root-passkey', type: 'security-key', createdAt: new Date().toISOString() }] });
        }
      }
      if (v.billingAccess === 'activated' && !applied.has('billing-access')) {
        applied.add('billing-access');
        if (!state.billing.iamAccessActivated) change({ ...state, billing: { ...state.billing, iamAccessActivated: true } });
      }
      // Turning multi-session on keeps whoever is signed in, in a session of their own.
      if (v.session === 'multi' && state.identity && !state.sessions?.length) {
        change({ ...state, sessions: [{ id: generateSessionId(), identity: state.identity, createdAt: new Date().toISOString() }] });
      }
    },
  };
  backend.applyVariantSeeds(variants);
  return backend;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/** Every URL the practice console answers: the console and sign-in hosts, and `https://aws.amazon.com/console/…`. */
export function isPracticeConsoleUrl(url: URL): boolean {
  return url.protocol === 'https:' && (classifyHost(url.hostname) !== null || isAwsSiteConsoleUrl(url));
}

/** One request for a practice-console URL, from whichever browser made it. */
export interface PracticeRequest {
  url: string;
  method: string;
  /** A page or frame load, as opposed to a script, style, image or fetch. */
  isDocument: boolean;
  /** The request body (the practice API's POSTs), or null. */
  body(): string | null | Promise<string | null>;
}

/** The browser's cookies, as far as the practice console keeps anything there: the variants and language cookies. */
export interface PracticeCookies {
  /** The value the browser would send to `url`, if any. */
  get(url: string, name: string): Promise<string | undefined>;
  /** A cookie for `domain` and its subdomains, path `/`, Secure, SameSite=Lax. */
  set(cookie: { name: string; value: string; domain: string }): Promise<void>;
  clear(name: string): Promise<void>;
}

/** What the practice console answers: a response, or nothing (the request fails). */
export type PracticeResponse = { status: number; contentType?: string; body: string | Buffer } | { refuse: true };

/** Answers practice-console requests for one browser (its cookies), from whichever backend the caller names. */
export type PracticeResponder = (request: PracticeRequest, backend: PracticeBackend) => Promise<PracticeResponse>;

/**
 * The practice console's server, free of any browser driver: the practice proxy (Chromium) and
 * WebDriver BiDi's network interception (Firefox, test/support/firefox/) both hand it requests.
 */
export async function createPracticeResponder({ distDir, cookies }: { distDir: string; cookies: PracticeCookies }): Promise<PracticeResponder> {
  const indexHtml = await readFile(join(distDir, 'index.html'), 'utf8');
  return (request, backend) => answer(request, { distDir, backend, cookies, indexHtml });
}

/** Playwright's cookie jar of one browser context (the proxy answers Chromium's requests with it). */
export function contextCookies(context: BrowserContext): PracticeCookies {
  return {
    get: async (url, name) => (await context.cookies(url)).find((c) => c.name === name)?.value,
    set: ({ name, value, domain }) => context.addCookies([{ name, value, domain, path: '/', secure: true, sameSite: 'Lax' }]),
    clear: (name) => context.clearCookies({ name }),
  };
}

/** The account as one console host sees it: a multi-session host sees its own session's identity. */
function viewFor(state: PracticeState, prefix: string): PracticeState {
  const { session } = parseConsolePrefix(prefix);
  if (!session) return state;
  const found = session.accountId === state.account.id ? state.sessions?.find((s) => s.id === session.id) : undefined;
  return { ...state, identity: found?.identity ?? null };
}

/** The variants for this request: the backend's, then the `practice_variants` cookie, then `?practice=` (which is kept in the cookie). */
async function variantsFor(cookies: PracticeCookies, backend: PracticeBackend, url: URL, domain: string): Promise<PracticeVariants> {
  const fromQuery = url.searchParams.get(VARIANTS_QUERY);
  if (fromQuery !== null) {
    if (fromQuery.trim() === '') await cookies.clear(VARIANTS_COOKIE);
    else await cookies.set({ name: VARIANTS_COOKIE, value: encodeURIComponent(fromQuery), domain: `.${domain}` });
    return resolveVariants(backend.variants, parseVariants(fromQuery).variants);
  }
  const cookie = await cookies.get(url.toString(), VARIANTS_COOKIE);
  return resolveVariants(backend.variants, cookie ? parseVariants(decodeURIComponent(cookie)).variants : {});
}

/**
 * The page's language: `?lang=` (kept in `noflush_locale`, as the console's language selector
 * keeps it), else the `noflush_locale` cookie, else the backend's. Unknown values are English.
 */
export async function languageFor(cookies: PracticeCookies, backend: PracticeBackend, url: URL, domain: string): Promise<Language> {
  const fromQuery = url.searchParams.get(LANGUAGE_QUERY);
  if (fromQuery !== null) {
    const language = parseLanguage(fromQuery) ?? 'en';
    await cookies.set({ name: LANGUAGE_COOKIE, value: language, domain: `.${domain}` });
    return language;
  }
  const cookie = await cookies.get(url.toString(), LANGUAGE_COOKIE);
  if (cookie !== undefined) return parseLanguage(decodeURIComponent(cookie)) ?? 'en';
  return backend.language;
}

interface Serving {
  distDir: string;
  backend: PracticeBackend;
  cookies: PracticeCookies;
  indexHtml: string;
}

const NOT_FOUND: PracticeResponse = { status: 404, body: 'Not found' };

async function answer(request: PracticeRequest, { distDir, backend, cookies, indexHtml }: Serving): Promise<PracticeResponse> {
  const url = new URL(request.url);

  if (isAwsSiteConsoleUrl(url)) {
    if (!request.isDocument) return NOT_FOUND;
    backend.applyVariantSeeds(await variantsFor(cookies, backend, url, 'aws.amazon.com'));
    if (url.pathname === '/console') return redirect(AWS_SITE_CONSOLE_PAGE);
    return { status: 200, contentType: 'text/html; charset=utf-8', body: awsSiteConsolePage(await languageFor(cookies, backend, url, 'aws.amazon.com')) };
  }

  const host = classifyHost(url.hostname);
  if (!host) return { refuse: true };

  if (url.pathname.startsWith(API_PREFIX)) {
    const endpoint = url.pathname.slice(API_PREFIX.length);
    const prefix = host.kind === 'console' ? host.prefix : '';
    if (endpoint === 'state' && request.method === 'GET') return json(viewFor(backend.state, prefix));
    if (endpoint === 'action' && request.method === 'POST') {
      const action = JSON.parse((await request.body()) ?? 'null') as PracticeAction;
      const outcome = backend.dispatch(action);
      return json({ ...outcome, state: viewFor(outcome.state, prefix) });
    }
    return { status: 404, body: 'Unknown practice API endpoint' };
  }

  if (url.pathname.startsWith(ASSET_PREFIX)) {
    const relative = normalize(decodeURIComponent(url.pathname.slice(ASSET_PREFIX.length)));
    if (relative.startsWith('..') || relative.includes(`${sep}..`)) return { status: 403, body: '' };
    try {
      const body = await readFile(join(distDir, relative));
      return { status: 200, body, contentType: MIME[extname(relative)] ?? 'application/octet-stream' };
    } catch {
      return NOT_FOUND;
    }
  }

  if (!request.isDocument) return NOT_FOUND;

  const variants = await variantsFor(cookies, backend, url, host.domain);
  backend.applyVariantSeeds(variants);
  const signIn = () => redirectToSignIn(`https://signin.${host.domain}/signin`);

  if (host.kind === 'signin') {
    const logout = url.searchParams.get('Action')?.toLowerCase() === 'logout' || url.pathname.replace(/\/+$/, '') === '/logout';
    if (logout && variants.signout === 'aws-site') {
      // Today's sign-out: the sign-in host ends the session and sends everyone to the public site
      // (it ignores redirect_uri). The legacy one shows its own signed-out page (the app does that).
      backend.dispatch({ type: 'signOut', ...(url.searchParams.get('session') ? { session: url.searchParams.get('session')! } : {}) });
      return redirect(AWS_SITE_CONSOLE_PAGE, 'Signing out…');
    }
  }

  let view = backend.state;
  // Console pages need a signed-in identity; the real console sends everyone else to sign-in.
  if (host.kind === 'console') {
    if (url.pathname === '/' || url.pathname === '') {
      return redirect(`https://${url.host}/console/home${url.search}${url.hash}`);
    }
    const { session, region } = parseConsolePrefix(host.prefix);
    if (variants.session === 'multi' && !session) {
      const sessions = backend.state.sessions ?? [];
      if (!sessions.length) return signIn();
      // One session: its host. Several: the app asks which one (the session chooser).
      if (sessions.length === 1) {
        const target = sessionConsoleHost(backend.state.account.id, sessions[0]!.id, region ?? url.searchParams.get('region') ?? 'us-east-1', host.domain);
        return redirectToHost(target);
      }
    } else {
      view = viewFor(backend.state, host.prefix);
      if (!view.identity) return signIn();
    }
  }
  return {
    status: 200,
    contentType: 'text/html; charset=utf-8',
    body: indexHtml
      .replace(/<html lang="[^"]*"/, `<html lang="${await languageFor(cookies, backend, url, host.domain)}"`)
      .replace('<!--practice-session-data-->', sessionDataMeta(view, host.domain) + variantsMeta(variants)),
  };
}

/** `meta[name="awsc-session-data"]`, as the console's server renders it into every page. */
function sessionDataMeta(state: PracticeState, domain: string): string {
  const arn = sessionArn(state);
  if (!state.identity || !arn) return '';
  const data = {
    accountId: state.account.id,
    accountAlias: state.account.alias ?? undefined,
    displayName: state.identity.kind === 'root' ? 'root' : state.identity.userName,
    sessionARN: arn,
    prismModeEnabled: false,
    signInEndpoint: `signin.${domain}`,
    infrastructureRegion: 'us-east-1',
  };
  return `<meta name="awsc-session-data" content="${escapeAttribute(JSON.stringify(data))}">`;
}

/** `meta[name="practice-variants"]`: how the pages learn the variants (src/pageVariants.ts). */
function variantsMeta(variants: PracticeVariants): string {
  return `<meta name="${VARIANTS_META}" content="${escapeAttribute(formatVariants(variants))}">`;
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function json(value: unknown): PracticeResponse {
  return { status: 200, contentType: 'application/json', body: JSON.stringify(value) };
}

/**
 * Chromium does not intercept the follow-up request of a redirect answered by `route.fulfill`,
 * so an HTTP 302 would go out to the real host. A page that replaces its own location is
 * intercepted like any other navigation (in every browser).
 */
function redirect(location: string, title = 'Redirecting…'): PracticeResponse {
  const target = JSON.stringify(location).replace(/</g, '\\u003c');
  return redirectPage(`location.replace(${target})`, title);
}

/** The same page on another host, keeping the hash (which never reaches a server). */
function redirectToHost(hostname: string): PracticeResponse {
  const host = JSON.stringify(hostname).replace(/</g, '\\u003c');
  return redirectPage(`var u = new URL(location.href); u.hostname = ${host}; location.replace(u.toString())`, 'Redirecting…');
}

/**
 * To sign-in, with the whole page address as `redirect_uri`, hash included (the real console keeps
 * it too), so signing in lands on the page that was asked for.
 */
function redirectToSignIn(signinPage: string): PracticeResponse {
  const target = JSON.stringify(signinPage).replace(/</g, '\\u003c');
  return redirectPage(`var u = new URL(${target}); u.searchParams.set('redirect_uri', location.href); location.replace(u.toString())`, 'Redirecting…');
}

function redirectPage(script: string, title: string): PracticeResponse {
  return {
    status: 200,
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><title>${title}</title><link rel="icon" href="data:,"><script>${script}</script>`,
  };
}
