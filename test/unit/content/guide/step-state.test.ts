import { describe, expect, it } from 'vitest';
import { MISSING_AFTER_MS, viewStep } from '../../../../content/guide/step-state';
import type { LoadedStep } from '../../../../packs/format/load';
import type { PageContext } from '../../../../content/console/page-context';

const step = (patch: Partial<LoadedStep> = {}): LoadedStep => ({
  id: 'create-user',
  title: 'Create the user',
  page: 'iam.users',
  target: [{ role: 'button', name: 'Create user' }],
  done: { any: [{ clicked: true }] },
  content: [],
  verifiable: true,
  ...patch,
});

const page = (patch: Partial<PageContext> = {}): PageContext => ({
  url: new URL('https://us-east-1.console.aws.amazon.com/iam/home#/users'),
  pageIds: ['iam.users'],
  urlPageIds: ['iam.users'],
  wizardStep: null,
  wizardStepNumber: null,
  activeTab: null,
  modal: null,
  identity: 'root',
  region: 'us-east-1',
  ...patch,
});

describe('the step state machine', () => {
  it.each([
    ['on its page with the target', step(), page(), true, 0, 'anchored'],
    ['on its page, target not yet there', step(), page(), false, 100, 'waiting'],
    ['target still missing after the timeout', step(), page(), false, MISSING_AFTER_MS, 'missing'],
    ['on another page', step(), page({ pageIds: ['iam.dashboard'], urlPageIds: ['iam.dashboard'] }), false, 0, 'elsewhere'],
    ['same URL, page still rendering', step({ page: 'iam.users.create.permissions' }), page({ pageIds: ['iam.users.create'], urlPageIds: ['iam.users.create', 'iam.users.create.permissions'] }), false, 0, 'waiting'],
    ['needs root, signed in as an IAM user', step({ identity: 'root' }), page({ identity: 'iam-user' }), true, 0, 'blocked'],
    ['needs us-east-1, CloudWatch in another region', step({ region: 'us-east-1', page: 'cloudwatch.alarms' }), page({ url: new URL('https://eu-west-1.console.aws.amazon.com/cloudwatch/home?region=eu-west-1#alarmsV2:'), region: 'eu-west-1', pageIds: ['cloudwatch.alarms'] }), true, 0, 'blocked'],
    ['a manual step with no page', step({ page: undefined, target: undefined, done: { any: [{ manual: true }] }, verifiable: false }), page(), false, 0, 'anchored'],
    ['target behind an open console dialog', step(), page({ modal: {} as Element }), 'behind', 0, 'waiting'],
  ] as const)('%s → %s', (_name, s, p, found, waited, expected) => {
    const sighting = found === 'behind' ? { found: true, behindModal: true } : { found };
    expect(viewStep(s, p, sighting, waited).state).toBe(expected);
  });

  it('says what to do when blocked', () => {
    expect(viewStep(step({ identity: 'iam-user' }), page({ identity: 'root' }), { found: true }, 0).blockedReason).toMatch(/sign in as the IAM user/);
    const region = viewStep(step({ region: 'us-east-1', page: 'cloudwatch.alarms' }), page({ url: new URL('https://eu-west-1.console.aws.amazon.com/cloudwatch/home'), region: 'eu-west-1', pageIds: ['cloudwatch.alarms'] }), { found: true }, 0);
    expect(region.blockedReason).toMatch(/US East \(N\. Virginia\)/);
  });
});
