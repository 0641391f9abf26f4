/**
 * Links in packs go only to AWS and documentation sites over https (links.ts). Kept apart so the
 * problem catalogue can name the hosts in its fix without importing the link checks.
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
