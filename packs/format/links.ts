import { isConsoleOrSigninHost } from '../../content/console/hosts';

/**
 * Links in packs go only to AWS and documentation sites over https. The list is part of the
 * authoring guide; a link elsewhere is a problem, not a silent drop. Links never go to the
 * console or sign-in hosts themselves: a console deep link can start an action with the pack's
 * parameters (CloudFormation quick-create with a template URL, say). Packs move around the
 * console through `page:` and Go there instead.
 */
export const ALLOWED_LINK_HOSTS: readonly string[] = [
  'aws.amazon.com',
  '*.aws.amazon.com',
  'docs.aws.amazon.com',
  'docs.amazonaws.cn',
  '*.amazonaws.cn',
  '*.amazonaws-us-gov.com',
  'aws.training',
  'repost.aws',
  'support.google.com',
  'support.microsoft.com',
  'learn.microsoft.com',
  'www.microsoft.com',
  'authy.com',
  'guide.duo.com',
  'developer.mozilla.org',
];

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

export type LinkCheck = { ok: true; url: URL } | { ok: false; message: string; fix: string };

export function checkLink(raw: string): LinkCheck {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, message: `"${raw.slice(0, 80)}" is not a URL`, fix: 'Write a full address starting with https://.' };
  }
  if (url.protocol !== 'https:') {
    return { ok: false, message: `Links must use https, not ${url.protocol.replace(':', '')}`, fix: 'Use an https:// address.' };
  }
  if (url.username || url.password) {
    return { ok: false, message: 'Links must not carry a user name or password', fix: 'Remove the part before @ in the address.' };
  }
  if (isConsoleOrSigninHost(url.hostname)) {
    return {
      ok: false,
      message: `Links to the console or sign-in (${url.hostname}) are not allowed`,
      fix: 'Use `page:` with a console page id and let the student press Go there, instead of a console link.',
    };
  }
  if (!isAllowedHost(url.hostname)) {
    return {
      ok: false,
      message: `Links to ${url.hostname} are not allowed`,
      fix: `Link to AWS or documentation sites: ${ALLOWED_LINK_HOSTS.join(', ')}.`,
    };
  }
  return { ok: true, url };
}
