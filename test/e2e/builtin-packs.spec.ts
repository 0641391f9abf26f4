import { test, expect } from './fixtures';
import { playAsStudent } from './student';
import { readPack, readProgress } from '../support/packs';
import type { Page, Worker, BrowserContext } from '@playwright/test';
import type { PracticeBackend } from '../practice-console/server/practice-server';

const MFA_CODES = { first: '123456', second: '654321' };

async function startFromPopup(context: BrowserContext, extensionId: string, packId: string): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const opened = context.waitForEvent('page');
  await popup.locator(`[data-pack-id="${packId}"]`).getByRole('button', { name: 'Start' }).click();
  const consoleTab = await opened;
  await popup.close();
  return consoleTab;
}

async function expectAllDone(serviceWorker: Worker, packId: string, context: BrowserContext, extensionId: string) {
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
  await popup.screenshot({ path: `test-results/screens/${packId}-popup-complete.png` });
}

function doctor(played: { stepId: string; matches?: number }[]) {
  const ambiguous = played.filter((p) => p.matches !== undefined && p.matches !== 1);
  expect(ambiguous, 'every spotlighted target matched exactly one element').toEqual([]);
}

test.describe('built-in packs, played by a student from start to finish', () => {
  test.setTimeout(240_000);

  test('iam-first-steps', async ({ context, extensionId, serviceWorker, backend }) => {
    const tab = await startFromPopup(context, extensionId, 'iam-first-steps');
    const played = await playAsStudent(context, tab, {
      'name-root-device': 'root-phone',
      'root-code-1': MFA_CODES.first,
      'root-code-2': MFA_CODES.second,
      'user-name': 'admin',
      'alias-name': 'my-first-account',
      'name-admin-device': 'admin-phone',
      'admin-code-1': MFA_CODES.first,
      'admin-code-2': MFA_CODES.second,
    });
    doctor(played);
    expectConsole(backend, (state) => {
      expect(state.rootMfaDevices).toHaveLength(1);
      expect(state.account.alias).toBe('my-first-account');
      const admin = state.users.find((u) => u.name === 'admin')!;
      expect(admin.policies).toContain('AdministratorAccess');
      expect(admin.consoleAccess).toBe(true);
      expect(admin.accessKeys).toHaveLength(1);
      expect(admin.mfaDevices).toHaveLength(1);
      expect(state.identity).toBeNull();
    });
    await expectAllDone(serviceWorker, 'iam-first-steps', context, extensionId);
  });
});

function expectConsole(backend: PracticeBackend, check: (state: PracticeBackend['state']) => void) {
  check(backend.state);
}
