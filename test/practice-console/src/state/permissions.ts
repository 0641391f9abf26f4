import type { PracticeState } from './model';

export type Service = 'iam' | 'billing' | 'cloudwatch';

/** Managed policies in effect for the signed-in identity: the user's own plus its groups'. */
export function effectivePolicies(state: PracticeState): Set<string> {
  const identity = state.identity;
  if (!identity || identity.kind === 'root') return new Set();
  const user = state.users.find((u) => u.name === identity.userName);
  if (!user) return new Set();
  const fromGroups = state.groups.filter((g) => user.groups.includes(g.name)).flatMap((g) => g.policies);
  return new Set([...user.policies, ...fromGroups]);
}

/**
 * Whether the signed-in identity may use a service, as IAM would decide for the managed policies
 * the practice console knows. Billing needs "IAM user and role access to Billing information" on,
 * even for administrators.
 */
export function canAccess(state: PracticeState, service: Service): boolean {
  const identity = state.identity;
  if (!identity) return false;
  if (identity.kind === 'root') return true;
  const policies = effectivePolicies(state);
  const admin = policies.has('AdministratorAccess');
  switch (service) {
    case 'iam':
      return admin || policies.has('IAMFullAccess') || policies.has('ReadOnlyAccess');
    case 'cloudwatch':
      return admin || policies.has('ReadOnlyAccess');
    case 'billing':
      return state.billing.iamAccessActivated && (admin || policies.has('Billing') || policies.has('AWSBillingReadOnlyAccess'));
  }
}
