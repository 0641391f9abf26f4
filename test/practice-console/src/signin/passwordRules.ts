import type { PasswordPolicy } from '../state/model';
import { t } from '../i18n';

/** What is wrong with a new password under the account's policy (IAM default: at least 8 characters). */
export function passwordProblem(password: string, policy: PasswordPolicy | null): string | null {
  const minimum = policy?.minimumLength ?? 8;
  if (password.length < minimum) return t('Your new password must be at least {count} characters long.', { count: minimum });
  if (policy?.requireUppercase && !/[A-Z]/.test(password)) return t('Your new password must contain at least one uppercase letter (A-Z).');
  if (policy?.requireLowercase && !/[a-z]/.test(password)) return t('Your new password must contain at least one lowercase letter (a-z).');
  if (policy?.requireNumbers && !/\d/.test(password)) return t('Your new password must contain at least one number.');
  if (policy?.requireSymbols && !/[^A-Za-z0-9]/.test(password)) {
    return t('Your new password must contain at least one non-alphanumeric character.');
  }
  return null;
}
