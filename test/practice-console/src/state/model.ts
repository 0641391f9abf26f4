/**
 * What the practice console remembers: the account an AWS backend would hold. It lives in the
 * practice server (one per browser context), so every console and sign-in host, every tab and
 * every reload see the same account, as on the real console.
 *
 * Secrets (passwords, secret access keys, MFA seeds) are never stored here: like AWS, the console
 * shows them once in the response of the action that created them.
 */
export const ACCOUNT_ID = '123456789012';
export const ROOT_EMAIL = 'student@example.com';

export type Identity = { kind: 'root' } | { kind: 'iam-user'; userName: string };

export type MfaDeviceType = 'authenticator-app' | 'security-key' | 'hardware-totp';

/** A console session of multi-session mode: its host starts with `<accountId>-<id>.`. */
export interface ConsoleSession {
  /** 8 lowercase letters and digits. */
  id: string;
  identity: Identity;
  createdAt: string;
}

/** How many identities multi-session allows in one browser. */
export const MAX_SESSIONS = 5;

export interface MfaDevice {
  name: string;
  type: MfaDeviceType;
  createdAt: string;
}

export interface AccessKey {
  id: string;
  status: 'Active' | 'Inactive';
  description?: string;
  createdAt: string;
}

export interface IamUser {
  name: string;
  createdAt: string;
  consoleAccess: boolean;
  mustChangePassword: boolean;
  groups: string[];
  policies: string[];
  mfaDevices: MfaDevice[];
  accessKeys: AccessKey[];
  lastConsoleSignIn?: string;
}

export interface UserGroup {
  name: string;
  policies: string[];
  createdAt: string;
}

export interface PasswordPolicy {
  minimumLength: number;
  requireUppercase: boolean;
  requireLowercase: boolean;
  requireNumbers: boolean;
  requireSymbols: boolean;
  expirePasswords: boolean;
  maxAgeDays?: number;
  hardExpiry: boolean;
  allowUsersToChangePassword: boolean;
  preventReuse: boolean;
  reuseCount?: number;
}

export interface BillingAlarm {
  name: string;
  description?: string;
  metric: 'EstimatedCharges';
  statistic: string;
  period: string;
  comparison: string;
  threshold: number;
  topicName?: string;
  emails: string[];
  createdAt: string;
}

export interface PracticeState {
  /** Bumped on every change; lets tabs notice that another tab changed the account. */
  revision: number;
  account: { id: string; alias: string | null; rootEmail: string };
  /**
   * Who is signed in: the only session, or under multi-session the most recent one (each session
   * host sees its own identity: the practice server answers it with that session's view).
   */
  identity: Identity | null;
  /** Multi-session mode's sessions, oldest first (absent or empty otherwise). */
  sessions?: ConsoleSession[];
  rootMfaDevices: MfaDevice[];
  rootAccessKeys: AccessKey[];
  users: IamUser[];
  groups: UserGroup[];
  passwordPolicy: PasswordPolicy | null;
  billing: { iamAccessActivated: boolean; billingAlertsEnabled: boolean; freeTierAlerts: boolean };
  alarms: BillingAlarm[];
}

export function createInitialState(): PracticeState {
  return {
    revision: 0,
    account: { id: ACCOUNT_ID, alias: null, rootEmail: ROOT_EMAIL },
    identity: { kind: 'root' },
    rootMfaDevices: [],
    rootAccessKeys: [],
    users: [],
    groups: [],
    passwordPolicy: null,
    billing: { iamAccessActivated: false, billingAlertsEnabled: false, freeTierAlerts: true },
    alarms: [],
  };
}

export const MANAGED_POLICIES = [
  {
    name: 'AdministratorAccess',
    type: 'AWS managed - job function',
    description: 'Provides full access to AWS services and resources.',
    document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
  },
  {
    name: 'IAMFullAccess',
    type: 'AWS managed',
    description: 'Provides full access to IAM via the AWS Management Console.',
    document: {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: [
            'iam:*',
            'organizations:DescribeAccount',
            'organizations:DescribeOrganization',
            'organizations:DescribeOrganizationalUnit',
            'organizations:DescribePolicy',
            'organizations:ListChildren',
            'organizations:ListParents',
            'organizations:ListPoliciesForTarget',
            'organizations:ListRoots',
            'organizations:ListPolicies',
            'organizations:ListTargetsForPolicy',
          ],
          Resource: '*',
        },
      ],
    },
  },
  {
    name: 'IAMUserChangePassword',
    type: 'AWS managed',
    description: 'Provides the ability for an IAM user to change their own password.',
    document: {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: ['iam:ChangePassword'], Resource: ['arn:aws:iam::*:user/${aws:username}'] },
        { Effect: 'Allow', Action: ['iam:GetAccountPasswordPolicy'], Resource: '*' },
      ],
    },
  },
  {
    name: 'Billing',
    type: 'AWS managed - job function',
    description: 'Grants permissions for billing and cost management.',
    document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['aws-portal:*', 'billing:*'], Resource: '*' }] },
  },
  {
    name: 'AWSBillingReadOnlyAccess',
    type: 'AWS managed',
    description: 'Allows users to have read only access to the AWS Billing console.',
    document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['aws-portal:View*'], Resource: '*' }] },
  },
  {
    name: 'ReadOnlyAccess',
    type: 'AWS managed - job function',
    description: 'Provides read-only access to AWS services and resources.',
    document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['*:Describe*', '*:Get*', '*:List*'], Resource: '*' }] },
  },
  {
    name: 'AmazonS3FullAccess',
    type: 'AWS managed',
    description: 'Provides full access to all buckets via the AWS Management Console.',
    document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:*'], Resource: '*' }] },
  },
] as const;

export type ManagedPolicyName = (typeof MANAGED_POLICIES)[number]['name'];

export function policyArn(name: string): string {
  return `arn:aws:iam::aws:policy/${name}`;
}

export function userArn(accountId: string, userName: string): string {
  return `arn:aws:iam::${accountId}:user/${userName}`;
}

/** The ARN the console puts in `awsc-session-data.sessionARN`: root ends with `:root`. */
export function sessionArn(state: PracticeState): string | null {
  const identity = state.identity;
  if (!identity) return null;
  return identity.kind === 'root'
    ? `arn:aws:iam::${state.account.id}:root`
    : userArn(state.account.id, identity.userName);
}
