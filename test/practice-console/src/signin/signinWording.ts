import { variants } from '../pageVariants';
import { t } from '../i18n';

/**
 * The sign-in pages' wording in each design. What the evidence confirms (H) follows the design;
 * what only look-alike copies show (L) swaps with `signin-wording=alt`, so both readings can be
 * tested (shared/reference/real-console-2026.md §2).
 */
export const isNewSignIn = variants.signin === 'new';
const newWording = isNewSignIn !== (variants.signinWording === 'alt');

export const SIGNIN_WORDING = {
  /** H: "Access your AWS account by user type." on the new page only. */
  userTypeIntro: isNewSignIn ? t('Access your AWS account by user type.') : null,
  /** L: the root field's label. */
  rootEmailLabel: newWording ? t('Email address') : t('Root user email address'),
  /** L: the IAM user step's heading. */
  iamHeading: newWording ? t('IAM user sign in') : t('Sign in as IAM user'),
  /** H: "IAM username" on the new page. */
  iamUserNameLabel: isNewSignIn ? t('IAM username') : t('IAM user name'),
  /** H: the new page's user-type radios say `ROOT` / `IAM`. */
  rootValue: isNewSignIn ? 'ROOT' : 'root',
  iamValue: isNewSignIn ? 'IAM' : 'iam',
} as const;
