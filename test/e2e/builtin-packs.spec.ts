import { test, expect } from './fixtures';
import { playAsStudent, type PlayedStep } from './student';
import { loadCheckpoint, restoreCheckpoint, saveCheckpoint, takeCheckpoint } from '../support/checkpoint';
import { readPack, readProgress } from '../support/packs';
import type { Page, Worker, BrowserContext } from '@playwright/test';
import type { PracticeBackend } from '../practice-console/server/practice-server';
import { readFileSync } from 'node:fs';
import { CANARY } from '../practice-console/src/state/secrets';
import { within } from '../support/timeouts';
import { IAM_FIRST_STEPS_OUTCOME, IAM_FIRST_STEPS_VALUES, MFA_CODES, iamFirstStepsOutcome } from '../support/iam-first-steps';


async function startFromPopup(context: BrowserContext, extensionId: string, packId: string): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const opened = context.waitForEvent('page');
  await popup.locator(`[data-pack-id="${packId}"]`).getByRole('button', { name: 'Start' }).click();
  const consoleTab = await opened;
  await popup.close();
  return consoleTab;
}

/** What a set-up shows done before the tutorial asks: something (`true`), nothing, or exactly these sections' steps. */
type AlreadyDone = boolean | readonly string[];

async function expectAllDone(serviceWorker: Worker, packId: string, context: BrowserContext, extensionId: string, alreadyDone: AlreadyDone = false) {
  const pack = readPack(`packs/builtin/${packId}.yaml`);
  const progress = await readProgress(serviceWorker, packId);
  const steps = pack.sections.flatMap((s) => s.steps);
  for (const step of steps) {
    expect(progress[step.id], step.id).toMatchObject({ status: 'done' });
    if (step.verifiable) expect(progress[step.id]!.verified, `${step.id} is verified`).toBe(true);
  }
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByText(`${steps.length} of ${steps.length} done`)).toBeVisible();
  const already = steps.filter((step) => progress[step.id]?.already === true).map((step) => step.id);
  if (Array.isArray(alreadyDone)) {
    // Those sections' steps from the first one that could see the sign (opening its page is real work) to the last.
    const sections = pack.sections.filter((s) => alreadyDone.includes(s.id));
    expect(sections.length, `sections ${alreadyDone.join(', ')} exist`).toBe(alreadyDone.length);
    expect(sections.flatMap((s) => s.steps.map((step) => step.id)), 'only steps of the sections the console showed done').toEqual(expect.arrayContaining(already));
    for (const section of sections) expect(already, `${section.id} ends already done`).toContain(section.steps.at(-1)!.id);
    await expect(popup.locator('[data-already="true"]').first()).toBeVisible();
  } else if (alreadyDone) {
    // What the console showed done before the tutorial asked is recorded so, verified, and the checklist says so.
    expect(already.length, 'steps recorded as already done').toBeGreaterThan(0);
    await expect(popup.locator('[data-already="true"]').first()).toBeVisible();
  } else {
    expect(already, 'nothing is already done on a fresh account').toEqual([]);
  }
  await popup.screenshot({ path: `test-results/screens/${packId}-popup-complete.png` });
}

/** Everything the extension could have kept or said: its storage areas, its progress file, the pages' console. */
async function canaryCount(serviceWorker: Worker, context: BrowserContext, extensionId: string, logs: string[]): Promise<number> {
  const storage = await serviceWorker.evaluate(async () => {
    const api = chrome as unknown as { storage: Record<'local' | 'sync' | 'session', { get(k: null): Promise<unknown> }> };
    return JSON.stringify([await api.storage.local.get(null), await api.storage.sync.get(null), await api.storage.session.get(null)]);
  });
  const library = await context.newPage();
  await library.goto(`chrome-extension://${extensionId}/options.html`);
  const download = library.waitForEvent('download');
  await library.getByRole('button', { name: 'Export progress' }).click();
  const exported = readFileSync((await (await download).path())!, 'utf8');
  await library.close();
  const everything = [storage, exported, ...logs].join('\n');
  return everything.split(CANARY).length - 1;
}

function collectConsole(context: BrowserContext): string[] {
  const logs: string[] = [];
  const listen = (page: Page) => page.on('console', (message) => logs.push(message.text()));
  context.pages().forEach(listen);
  context.on('page', listen);
  return logs;
}

function doctor(played: { stepId: string; matches?: number }[]) {
  const ambiguous = played.filter((p) => p.matches !== undefined && p.matches !== 1);
  expect(ambiguous, 'every spotlighted target matched exactly one element').toEqual([]);
}

/** Where the iam-first-steps run saves a checkpoint: root MFA, the admin user, its key and the alias done. */
const IAM_FIRST_STEPS_CHECKPOINT = 'open-users-mfa';

function expectIamFirstStepsOutcome(state: PracticeBackend['state']) {
  expect(iamFirstStepsOutcome(state)).toEqual(IAM_FIRST_STEPS_OUTCOME);
}

interface PackFixtures {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  backend: PracticeBackend;
}

/**
 * Start a built-in pack from the popup, play it as a student, and check everything a finished pack
 * promises: unambiguous targets, secrets shown but never kept, every step done and every
 * verifiable one verified, and the console in the state the tutorial leads to.
 */
async function playPack(f: PackFixtures, packId: string, values: Record<string, string>, checkConsole: (state: PracticeBackend['state']) => void, checkpointAt?: string, how: { keyboard?: boolean; alreadyDone?: AlreadyDone } = {}) {
  const logs = collectConsole(f.context);
  const tab = await startFromPopup(f.context, f.extensionId, packId);
  const played: PlayedStep[] = [];
  let secretsSeen = 0;
  if (checkpointAt) {
    // Half-way, save where the student is, for tests that start there (see the next describe).
    const before = await playAsStudent(f.context, tab, values, { until: checkpointAt, keyboard: how.keyboard });
    played.push(...before.played);
    secretsSeen += before.secretsSeen;
    saveCheckpoint(`${packId}@${checkpointAt}`, await takeCheckpoint(f.backend, f.serviceWorker));
  }
  const rest = await playAsStudent(f.context, f.context.pages().at(-1) ?? tab, values, { keyboard: how.keyboard });
  played.push(...rest.played);
  secretsSeen += rest.secretsSeen;
  doctor(played);
  expect(secretsSeen, 'secrets were on screen while the coach ran').toBeGreaterThan(0);
  checkConsole(f.backend.state);
  await expectAllDone(f.serviceWorker, packId, f.context, f.extensionId, how.alreadyDone ?? false);
  if (how.keyboard) expect(played.filter((p) => p.action === 'click'), 'the keyboard student never clicked').toEqual([]);
  const canaries = await canaryCount(f.serviceWorker, f.context, f.extensionId, logs);
  console.log(`secrets check (${packId}): CANARY found ${canaries} times in extension storage, the progress file and console logs`);
  expect(canaries).toBe(0);
}

/** A built-in pack, what the student types at its steps, and the account it leaves behind. */
interface BuiltinPack {
  id: string;
  values: Record<string, string>;
  outcome: (state: PracticeBackend['state']) => void;
}

const SECURE_ROOT_AND_IAM_ADMIN: BuiltinPack = {
  id: 'secure-root-and-iam-admin',
  values: {
    'alias-name': 'my-secure-account',
    'name-root-device': 'root-phone',
    'root-code-1': MFA_CODES.first,
    'root-code-2': MFA_CODES.second,
    'minimum-length': '14',
    'group-name': 'Administrators',
    'user-name': 'admin',
    'type-account': 'my-secure-account',
    'type-username': 'admin',
    'type-password': 'the-autogenerated-one',
    'old-password': 'the-autogenerated-one',
    'new-password': 'Practice-Passw0rd!',
    'retype-password': 'Practice-Passw0rd!',
    'name-admin-device': 'admin-phone',
    'admin-code-1': MFA_CODES.first,
    'admin-code-2': MFA_CODES.second,
  },
  outcome: (state) => {
    expect(state.account.alias).toBe('my-secure-account');
    expect(state.rootMfaDevices).toHaveLength(1);
    expect(state.billing.iamAccessActivated).toBe(true);
    expect(state.passwordPolicy).toMatchObject({ minimumLength: 14, requireUppercase: true, requireLowercase: true, requireNumbers: true, requireSymbols: true, allowUsersToChangePassword: true });
    expect(state.groups).toEqual([expect.objectContaining({ name: 'Administrators', policies: ['AdministratorAccess'] })]);
    const admin = state.users.find((u) => u.name === 'admin')!;
    expect(admin).toMatchObject({ groups: ['Administrators'], consoleAccess: true, mustChangePassword: false });
    expect(admin.accessKeys).toHaveLength(1);
    expect(admin.mfaDevices).toHaveLength(1);
    expect(state.identity).toEqual({ kind: 'iam-user', userName: 'admin' });
  },
};

const AWS_101_SECURITY_CHECKLIST: BuiltinPack = {
  id: 'aws-101-security-checklist',
  values: {
    'alias-name': 'my-first-account',
    'minimum-length': '12',
    'group-name': 'Administrators',
    'user-name': 'admin',
    'type-account': 'my-first-account',
    'type-username': 'admin',
    'type-password': 'the-generated-one',
    'old-password': 'the-generated-one',
    'new-password': 'Practice-Passw0rd!',
    'retype-password': 'Practice-Passw0rd!',
    'type-root-email': 'student@example.com',
    'type-root-password': 'root-password',
    'name-root-device': 'root-phone',
    'root-code-1': MFA_CODES.first,
    'root-code-2': MFA_CODES.second,
  },
  outcome: (state) => {
    expect(state.account.alias).toBe('my-first-account');
    expect(state.passwordPolicy).toMatchObject({ minimumLength: 12, requireUppercase: true, requireLowercase: true, requireNumbers: true, requireSymbols: true });
    expect(state.groups).toEqual([expect.objectContaining({ name: 'Administrators', policies: ['AdministratorAccess'] })]);
    expect(state.users).toEqual([expect.objectContaining({ name: 'admin', groups: ['Administrators'], mustChangePassword: false })]);
    expect(state.users[0]!.lastConsoleSignIn).toBeDefined();
    expect(state.rootMfaDevices).toHaveLength(1);
    expect(state.identity).toEqual({ kind: 'root' });
  },
};

const SECURE_YOUR_AWS_ACCOUNT: BuiltinPack = {
  id: 'secure-your-aws-account',
  values: {
    'name-root-device': 'root-phone',
    'root-code-1': MFA_CODES.first,
    'root-code-2': MFA_CODES.second,
    'threshold-10': '10',
    'email-10': 'student@example.com',
    'alarm-name-10': 'BillingAlarm10',
    'threshold-50': '50',
    'email-50': 'student@example.com',
    'alarm-name-50': 'BillingAlarm50',
    'user-name': 'iam-admin',
    'type-account': '123456789012',
    'type-username': 'iam-admin',
    'type-password': 'the-autogenerated-one',
    'name-user-device': 'iam-admin-phone',
    'user-code-1': MFA_CODES.first,
    'user-code-2': MFA_CODES.second,
  },
  outcome: (state) => {
    expect(state.rootMfaDevices).toHaveLength(1);
    expect(state.billing.billingAlertsEnabled).toBe(true);
    expect(state.alarms.map((a) => [a.name, a.threshold])).toEqual([['BillingAlarm10', 10], ['BillingAlarm50', 50]]);
    const admin = state.users.find((u) => u.name === 'iam-admin')!;
    expect(admin).toMatchObject({ policies: ['IAMFullAccess'], consoleAccess: true, mustChangePassword: false });
    expect(admin.mfaDevices).toHaveLength(1);
    expect(state.identity).toEqual({ kind: 'iam-user', userName: 'iam-admin' });
  },
};

const IAM_FIRST_STEPS: BuiltinPack = { id: 'iam-first-steps', values: IAM_FIRST_STEPS_VALUES, outcome: expectIamFirstStepsOutcome };

/**
 * The practice-console set-ups every built-in pack is played on (test/practice-console/README.md).
 * Today's defaults (the redesigned sign-in page, sign-out ending on aws.amazon.com/console/) come
 * first; together the set-ups switch on every variant the evidence leaves open.
 */
const CONSOLE_SETUPS: { name: string; variants: string; windowSize?: { width: number; height: number }; alreadyDone?: boolean | Record<string, readonly string[]> }[] = [
  { name: "today's console (new sign-in page, sign-out to aws.amazon.com)", variants: '' },
  // Variants that do not touch each other share a set-up: each set-up is four whole plays.
  {
    name: 'the legacy sign-in and signed-out pages, a root MFA prompt, multi-session, the narrow header at 1024×768, metric-picker items as buttons',
    variants: 'legacy,root-mfa=prompt,multi-session,narrow-header,metric-picker=buttons',
    windowSize: { width: 1024, height: 768 },
    // aws-101 signs in as root before its MFA section: registering at sign-in does that section's work.
    alreadyDone: { 'aws-101-security-checklist': ['root-mfa'] },
  },
  { name: 'root MFA registered at sign-in, billing access activated, metric-picker items as tiles', variants: 'root-mfa=registered,billing-access=activated,metric-picker=tiles', alreadyDone: true },
];

for (const [index, setup] of CONSOLE_SETUPS.entries()) {
  test.describe(`built-in packs played by a student on ${setup.name}`, () => {
    test.use({ consoleVariants: setup.variants, windowSize: setup.windowSize ?? null });
    test.setTimeout(within(240_000));
    // On today's console iam-first-steps runs in the checkpoint block below.
    const packs = index === 0 ? [SECURE_ROOT_AND_IAM_ADMIN, AWS_101_SECURITY_CHECKLIST, SECURE_YOUR_AWS_ACCOUNT] : [IAM_FIRST_STEPS, SECURE_ROOT_AND_IAM_ADMIN, AWS_101_SECURITY_CHECKLIST, SECURE_YOUR_AWS_ACCOUNT];
    for (const pack of packs) {
      test(pack.id, async ({ context, extensionId, serviceWorker, backend }) => {
        await playPack({ context, extensionId, serviceWorker, backend }, pack.id, pack.values, pack.outcome, undefined, { alreadyDone: typeof setup.alreadyDone === 'object' ? (setup.alreadyDone[pack.id] ?? false) : setup.alreadyDone === true });
      });
    }
  });
}

test.describe('a keyboard-only student (Tab, Shift+Tab, arrows, Enter, Space, typing; no mouse)', () => {
  test.setTimeout(within(300_000));
  for (const pack of [IAM_FIRST_STEPS, AWS_101_SECURITY_CHECKLIST]) {
    test(pack.id, async ({ context, extensionId, serviceWorker, backend }) => {
      await playPack({ context, extensionId, serviceWorker, backend }, pack.id, pack.values, pack.outcome, undefined, { keyboard: true });
    });
  }
});

test.describe("iam-first-steps on today's console, then the same tutorial started from its checkpoint, as language tests will", () => {
  // In order, in one worker: the full play saves the checkpoint the second test starts from.
  test.describe.configure({ mode: 'default' });
  test.setTimeout(within(240_000));

  test('iam-first-steps', async ({ context, extensionId, serviceWorker, backend }) => {
    await playPack({ context, extensionId, serviceWorker, backend }, 'iam-first-steps', IAM_FIRST_STEPS_VALUES, expectIamFirstStepsOutcome, IAM_FIRST_STEPS_CHECKPOINT);
  });


  test('iam-first-steps resumes half-way in a fresh browser with the saved account and progress, and finishes', async ({ context, extensionId, serviceWorker, backend }) => {
    const name = `iam-first-steps@${IAM_FIRST_STEPS_CHECKPOINT}`;
    let checkpoint = loadCheckpoint(name);
    if (!checkpoint) {
      // Run alone (or before the full play): reach the checkpoint here.
      const tab = await startFromPopup(context, extensionId, 'iam-first-steps');
      await playAsStudent(context, tab, IAM_FIRST_STEPS_VALUES, { until: IAM_FIRST_STEPS_CHECKPOINT });
      checkpoint = await takeCheckpoint(backend, serviceWorker);
      await Promise.all(context.pages().map((p) => p.close()));
    }
    await restoreCheckpoint(checkpoint, backend, serviceWorker);
    expect(backend.state.users.map((u) => u.name)).toEqual(['admin']);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.locator(`[data-step-id="${IAM_FIRST_STEPS_CHECKPOINT}"]`)).toHaveAttribute('data-status', 'current');
    const opened = context.waitForEvent('page');
    await popup.locator('[data-pack-id="iam-first-steps"]').getByRole('button', { name: 'Resume' }).click();
    const tab = await opened;
    const { played } = await playAsStudent(context, tab, IAM_FIRST_STEPS_VALUES);
    // Opening the console at the checkpoint may complete it at once (it is a navigation step).
    const order = readPack('packs/builtin/iam-first-steps.yaml').sections.flatMap((s) => s.steps.map((step) => step.id));
    const replayed = played.filter((p) => order.indexOf(p.stepId) < order.indexOf(IAM_FIRST_STEPS_CHECKPOINT));
    expect(replayed, 'nothing before the checkpoint is played again').toEqual([]);
    expect(played.length).toBeGreaterThan(5);
    expectIamFirstStepsOutcome(backend.state);
    await expectAllDone(serviceWorker, 'iam-first-steps', context, extensionId);
  });
});
