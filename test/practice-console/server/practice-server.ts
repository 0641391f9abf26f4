import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { BrowserContext, Route } from '@playwright/test';
import { applyAction, type ActionOutcome, type PracticeAction } from '../src/state/actions';
import { createInitialState, sessionArn, type PracticeState } from '../src/state/model';
import { classifyHost } from './hosts';

/**
 * The practice console's "AWS backend": one account per browser context, answered through
 * Playwright request interception for the real console and sign-in hosts, so the extension's real
 * match patterns apply and no traffic leaves the machine.
 */
export const ASSET_PREFIX = '/__practice-console/';
const API_PREFIX = `${ASSET_PREFIX}api/`;

export interface PracticeBackend {
  readonly state: PracticeState;
  dispatch(action: PracticeAction): ActionOutcome;
  /** Replace parts of the account, for tests that start mid-tutorial. */
  seed(patch: Partial<PracticeState>): void;
}

export function createPracticeBackend(initial: Partial<PracticeState> = {}): PracticeBackend {
  let state: PracticeState = { ...createInitialState(), ...initial };
  return {
    get state() {
      return state;
    },
    dispatch(action) {
      const outcome = applyAction(state, action, createInitialState);
      state = outcome.state;
      return outcome;
    },
    seed(patch) {
      state = { ...state, ...patch, revision: state.revision + 1 };
    },
  };
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

export function isPracticeConsoleUrl(url: URL): boolean {
  return url.protocol === 'https:' && classifyHost(url.hostname) !== null;
}

export interface PracticeConsoleOptions {
  distDir: string;
  backend: PracticeBackend;
}

/** Serve the practice console for every console and sign-in URL in this browser context. */
export async function routePracticeConsole(context: BrowserContext, options: PracticeConsoleOptions): Promise<void> {
  const indexHtml = await readFile(join(options.distDir, 'index.html'), 'utf8');
  await context.route(isPracticeConsoleUrl, (route) => answer(route, options, indexHtml));
}

async function answer(route: Route, { distDir, backend }: PracticeConsoleOptions, indexHtml: string): Promise<void> {
  const request = route.request();
  const url = new URL(request.url());
  const host = classifyHost(url.hostname);
  if (!host) return route.abort();

  if (url.pathname.startsWith(API_PREFIX)) {
    const endpoint = url.pathname.slice(API_PREFIX.length);
    if (endpoint === 'state' && request.method() === 'GET') return json(route, backend.state);
    if (endpoint === 'action' && request.method() === 'POST') {
      const action = request.postDataJSON() as PracticeAction;
      return json(route, backend.dispatch(action));
    }
    return route.fulfill({ status: 404, body: 'Unknown practice API endpoint' });
  }

  if (url.pathname.startsWith(ASSET_PREFIX)) {
    const relative = normalize(decodeURIComponent(url.pathname.slice(ASSET_PREFIX.length)));
    if (relative.startsWith('..') || relative.includes(`${sep}..`)) return route.fulfill({ status: 403 });
    try {
      const body = await readFile(join(distDir, relative));
      return route.fulfill({ status: 200, body, contentType: MIME[extname(relative)] ?? 'application/octet-stream' });
    } catch {
      return route.fulfill({ status: 404, body: 'Not found' });
    }
  }

  if (request.resourceType() !== 'document') return route.fulfill({ status: 404, body: 'Not found' });

  // Console pages need a signed-in identity; the real console sends everyone else to sign-in.
  if (host.kind === 'console') {
    if (url.pathname === '/' || url.pathname === '') {
      return redirect(route, `https://${url.host}/console/home${url.search}${url.hash}`);
    }
    if (!backend.state.identity) {
      const signin = new URL(`https://signin.${host.domain}/signin`);
      signin.searchParams.set('redirect_uri', url.toString());
      return redirect(route, signin.toString());
    }
  }
  return route.fulfill({
    status: 200,
    contentType: 'text/html; charset=utf-8',
    body: indexHtml.replace('<!--practice-session-data-->', sessionDataMeta(backend.state, host.domain)),
  });
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
  const escaped = JSON.stringify(data).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<meta name="awsc-session-data" content="${escaped}">`;
}

function json(route: Route, value: unknown): Promise<void> {
  return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(value) });
}

/**
 * Chromium does not intercept the follow-up request of a redirect answered by `route.fulfill`,
 * so an HTTP 302 would go out to the real host. A page that replaces its own location is
 * intercepted like any other navigation.
 */
function redirect(route: Route, location: string): Promise<void> {
  const target = JSON.stringify(location).replace(/</g, '\\u003c');
  return route.fulfill({
    status: 200,
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><title>Redirecting…</title><script>location.replace(${target})</script>`,
  });
}
