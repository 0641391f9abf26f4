import { consoleHostPrefix, parseConsolePrefix, sessionConsoleHost } from '../consoleHosts';
import { partitionDomain } from '../routing';
import type { PracticeState } from '../state/model';

const REGION_PREFIX = /^[a-z]{2}(-gov)?-[a-z]+-\d$/;

/** What the sign-in host and URL say: `<id-or-alias>.signin.…` opens the IAM user form. */
export interface SignInRequest {
  logout: boolean;
  /** Multi-session: which session to sign out of (`all` for every one). */
  logoutSession: string | null;
  /** Account from the host prefix or `?account=`, when the IAM user form is asked for. */
  iamAccount: string | null;
  redirectUri: string | null;
}

export function readSignInRequest(): SignInRequest {
  const { hostname, pathname, search } = window.location;
  const query = new URLSearchParams(search);
  const base = `signin.${partitionDomain()}`;
  const prefix = hostname === base ? '' : hostname.slice(0, -(base.length + 1));
  const accountPrefix = prefix && !REGION_PREFIX.test(prefix) ? prefix : null;
  const logout = query.get('Action')?.toLowerCase() === 'logout' || pathname.replace(/\/+$/, '') === '/logout';
  const iamAccount = accountPrefix ?? (query.get('iam_user') === 'true' ? (query.get('account') ?? '') : null);
  return { logout, logoutSession: query.get('session'), iamAccount, redirectUri: query.get('redirect_uri') };
}

/**
 * Where to go after signing in: `redirect_uri` if it is a console page of this partition, else
 * Console Home. Under multi-session the host gets the new session's prefix,
 * `<accountId>-<id>.<region>.console.<domain>`.
 */
export function afterSignInUrl(redirectUri: string | null, session: { accountId: string; id: string } | null = null): string {
  const domain = partitionDomain();
  const defaultRegion = domain === 'amazonaws-us-gov.com' ? 'us-gov-west-1' : domain === 'amazonaws.cn' ? 'cn-north-1' : 'us-east-1';
  let url = new URL(`https://${defaultRegion}.console.${domain}/console/home?region=${defaultRegion}#`);
  if (redirectUri) {
    try {
      const asked = new URL(redirectUri);
      const host = asked.hostname;
      if (asked.protocol === 'https:' && (host === `console.${domain}` || host.endsWith(`.console.${domain}`))) url = asked;
    } catch {
      // Not a URL: Console Home.
    }
  }
  if (session) {
    const region = parseConsolePrefix(consoleHostPrefix(url.hostname)).region ?? url.searchParams.get('region') ?? defaultRegion;
    url.hostname = sessionConsoleHost(session.accountId, session.id, region, domain);
  }
  return url.toString();
}

/** Another sign-in page on this partition, keeping `redirect_uri` so the person lands where they meant to. */
export function signInUrl(hostPrefix: string | null, path: string, redirectUri: string | null): string {
  const host = `${hostPrefix ? `${hostPrefix}.` : ''}signin.${partitionDomain()}`;
  const query = redirectUri ? `?redirect_uri=${encodeURIComponent(redirectUri)}` : '';
  return `https://${host}${path}${query}`;
}

/** Whether the typed account (`123456789012`, `1234-5678-9012` or the alias) is this account. */
export function isThisAccount(state: PracticeState, typed: string): boolean {
  const value = typed.trim().toLowerCase();
  const digits = value.replace(/-/g, '');
  return (/^\d{12}$/.test(digits) && digits === state.account.id) || (!!state.account.alias && value === state.account.alias);
}

export const EMAIL_FORMAT = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
