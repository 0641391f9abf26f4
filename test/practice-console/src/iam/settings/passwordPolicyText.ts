import type { PasswordPolicy } from '../../state/model';

export const STRENGTH_LABELS = {
  requireUppercase: 'Require at least one uppercase letter from the Latin alphabet (A-Z)',
  requireLowercase: 'Require at least one lowercase letter from the Latin alphabet (a-z)',
  requireNumbers: 'Require at least one number',
  requireSymbols: "Require at least one non-alphanumeric character (! @ # $ % ^ & * ( ) _ + - = [ ] { } | ')",
} as const;

export const DEFAULT_POLICY_RULES = [
  'Minimum password length is 8 characters',
  "Include a minimum of three of the following mix of character types: uppercase, lowercase, numbers, and non-alphanumeric characters (! @ # $ % ^ & * ( ) _ + - = [ ] { } | ')",
  'Must not be identical to your AWS account name or email address',
  'Never expire password',
];

/** One sentence per rule of a custom policy, as Account settings lists them. */
export function describePolicy(policy: PasswordPolicy): string[] {
  const rules = [`Minimum password length is ${policy.minimumLength} characters`];
  if (policy.requireUppercase) rules.push('Require at least one uppercase letter from the Latin alphabet (A-Z)');
  if (policy.requireLowercase) rules.push('Require at least one lowercase letter from the Latin alphabet (a-z)');
  if (policy.requireNumbers) rules.push('Require at least one number');
  if (policy.requireSymbols) rules.push('Require at least one non-alphanumeric character');
  rules.push(policy.expirePasswords ? `Expire passwords in ${policy.maxAgeDays} day(s)` : 'Never expire password');
  if (policy.hardExpiry) rules.push('Password expiration requires administrator reset');
  rules.push(policy.allowUsersToChangePassword ? 'Allow users to change their own password' : 'Users cannot change their own password');
  if (policy.preventReuse) rules.push(`Remember ${policy.reuseCount} password(s) and prevent reuse`);
  return rules;
}
