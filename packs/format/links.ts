import { isConsoleOrSigninHost } from '../catalogue/hosts';
import { ALLOWED_LINK_HOSTS } from './allowed-link-hosts';
// Only the type: the overlay draws links through `checkLink` and must not carry the catalogue's words.
import type { ProblemRef } from './problem-catalogue';

/**
 * Links in packs go only to AWS and documentation sites over https. The list is part of the
 * authoring guide; a link elsewhere is a problem, not a silent drop. Links never go to the
 * console or sign-in hosts themselves: a console deep link can start an action with the pack's
 * parameters (CloudFormation quick-create with a template URL, say). Packs move around the
 * console through `page:` and Go there instead.
 */
export { ALLOWED_LINK_HOSTS };

/** Hosts run by AWS, whose links the review shows in full (a path there can matter as much as the host). */
export function isAwsHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return ['aws.amazon.com', 'amazonaws.cn', 'amazonaws-us-gov.com', 'aws.training', 'repost.aws', 'amazon.com', 'amazonaws.com', 'aws'].some(
    (domain) => host === domain || host.endsWith(`.${domain}`),
  );
}

export function isAllowedHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return ALLOWED_LINK_HOSTS.some((pattern) =>
    pattern.startsWith('*.') ? host.endsWith(pattern.slice(1)) && host.length > pattern.length - 1 : host === pattern,
  );
}

/** A refused link names its problem by code; `problemText` (problem-catalogue.ts) puts it into words. */
export type LinkCheck = { ok: true; url: URL } | { ok: false; problem: ProblemRef };

export function checkLink(raw: string): LinkCheck {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, problem: { code: 'link-not-a-url', params: { url: raw } } };
  }
  if (url.protocol !== 'https:') {
    return { ok: false, problem: { code: 'link-not-https', params: { protocol: url.protocol.replace(':', '') } } };
  }
  if (url.username || url.password) return { ok: false, problem: { code: 'link-credentials', params: {} } };
  if (isConsoleOrSigninHost(url.hostname)) return { ok: false, problem: { code: 'link-to-console', params: { host: url.hostname } } };
  if (!isAllowedHost(url.hostname)) return { ok: false, problem: { code: 'link-host-not-allowed', params: { host: url.hostname } } };
  return { ok: true, url };
}
