import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../../packs/format/load';
import { checkLink } from '../../../packs/format/links';
import { describeProblem } from '../../../packs/format/problem-catalogue';
import { reviewPack } from '../../../packs/format/review';
import { CATALOGUE, CATALOGUE_PAGE_IDS } from '../../../packs/catalogue/catalogue';

const knownPages = CATALOGUE_PAGE_IDS;
const valid = readFileSync('test/fixtures/packs/valid-minimal.yaml', 'utf8');
const DOCS = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/console_account-alias.html';
const QUICK_CREATE = 'https://console.aws.amazon.com/cloudformation/home?region=us-east-1#/stacks/quickcreate?templateURL=https://evil.example/t.yaml';

/** The valid pack with the `nth` occurrence of DOCS replaced. */
function replaceDocs(nth: number, by: string) {
  let index = -1;
  for (let i = 0; i <= nth; i++) index = valid.indexOf(DOCS, index + 1);
  return { text: valid.slice(0, index) + by + valid.slice(index + DOCS.length) };
}

describe('console deep links', () => {
  it.each([
    QUICK_CREATE,
    'https://console.aws.amazon.com/iam/home#/users',
    'https://us-east-1.console.aws.amazon.com/cloudformation/home',
    'https://signin.aws.amazon.com/oauth?redirect_uri=https://evil.example',
    'https://my-alias.signin.aws.amazon.com/console',
    'https://console.amazonaws-us-gov.com/iam/home',
    'https://cn-north-1.console.amazonaws.cn/iam/home',
    'https://CONSOLE.aws.amazon.com/iam/home',
  ])('refuses %s with a fix pointing at page: and Go there', (url) => {
    const result = checkLink(url);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(describeProblem(result.problem)).toMatchObject({ code: 'link-to-console', fix: expect.stringMatching(/`page:`.*Go there/) });
  });

  it.each(['https://docs.aws.amazon.com/IAM/', 'https://aws.amazon.com/iam/', 'https://repost.aws/', 'https://health.aws.amazon.com/health/status'])('still accepts %s', (url) => {
    expect(checkLink(url).ok).toBe(true);
  });

  // A body link is reported where it starts, at its `[`.
  it.each([
    ['the author\'s url', 0, 7, 43],
    ['a body link', 1, 18, 15],
  ])('refuses the quick-create deep link in %s, at its line:column', (_where, nth, line, column) => {
    const { text } = replaceDocs(nth, QUICK_CREATE);
    const result = loadPack(text, { knownPages });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ line, column, message: expect.stringMatching(/console or sign-in \(console\.aws\.amazon\.com\)/) });
  });

  it('refuses it in a step link, at the url', () => {
    const text = valid.replace('        done: { any: [{ manual: true }] }', `        links: [{ title: Quick create, url: "${QUICK_CREATE}" }]\n        done: { any: [{ manual: true }] }`);
    const result = loadPack(text, { knownPages });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual([expect.objectContaining({ path: 'sections[0].steps[1].links[0].url', line: 28, column: 45 })]);
  });
});

describe('the review shows where AWS links and the pack\'s own pages lead', () => {
  it('lists full addresses for AWS hosts and every part of the pack\'s page addresses', () => {
    const text = valid
      .replace(`url: ${DOCS}`, 'url: https://aws.amazon.com/iam/?next=/here')
      .replace('sections:', 'pages:\n  - id: my.roles\n    title: Roles\n    urls: [{ host: console, path: [/iam/home, /iamv2/home], hash: [/roles], query: { section: trust } }]\nsections:')
      .replace(`[the guide](${DOCS})`, '[the guide](https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles.html#roles-about) and [help](https://support.google.com/accounts/answer/185839)');
    const result = loadPack(text, { knownPages });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const review = reviewPack(result.pack, CATALOGUE);
    expect(review.linkHosts).toEqual(['aws.amazon.com', 'docs.aws.amazon.com', 'support.google.com']);
    expect(review.awsLinks).toEqual(['https://aws.amazon.com/iam/?next=/here', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles.html#roles-about']);
    expect(review.ownPages).toEqual([{ id: 'my.roles', title: 'Roles', addresses: ['console host, path /iam/home or /iamv2/home, hash /roles, query section=trust'] }]);
  });
});
