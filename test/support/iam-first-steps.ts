import type { PracticeState } from '../practice-console/src/state/model';

/** The codes the practice console's MFA accepts, as a student reads them off an authenticator app. */
export const MFA_CODES = { first: '123456', second: '654321' };

/** What the student types in iam-first-steps, by step id (both browsers' suites play it). */
export const IAM_FIRST_STEPS_VALUES = {
  'name-root-device': 'root-phone',
  'root-code-1': MFA_CODES.first,
  'root-code-2': MFA_CODES.second,
  'user-name': 'admin',
  'alias-name': 'my-first-account',
  'name-admin-device': 'admin-phone',
  'admin-code-1': MFA_CODES.first,
  'admin-code-2': MFA_CODES.second,
};

/** The account as iam-first-steps leaves it, in the terms compared with IAM_FIRST_STEPS_OUTCOME. */
export function iamFirstStepsOutcome(state: PracticeState) {
  const admin = state.users.find((u) => u.name === 'admin');
  return {
    rootMfaDevices: state.rootMfaDevices.length,
    alias: state.account.alias,
    adminHasAdministratorAccess: admin?.policies.includes('AdministratorAccess') ?? false,
    adminConsoleAccess: admin?.consoleAccess ?? false,
    adminAccessKeys: admin?.accessKeys.length ?? 0,
    adminMfaDevices: admin?.mfaDevices.length ?? 0,
    identity: state.identity,
  };
}

/** Root MFA, the alias, an admin user with console access, AdministratorAccess, a key and MFA; signed out. */
export const IAM_FIRST_STEPS_OUTCOME: ReturnType<typeof iamFirstStepsOutcome> = {
  rootMfaDevices: 1,
  alias: 'my-first-account',
  adminHasAdministratorAccess: true,
  adminConsoleAccess: true,
  adminAccessKeys: 1,
  adminMfaDevices: 1,
  identity: null,
};
