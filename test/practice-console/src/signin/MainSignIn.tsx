import { useState, type FormEvent } from 'react';
import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import RadioGroup from '@cloudscape-design/components/radio-group';
import Tiles from '@cloudscape-design/components/tiles';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { partitionDomain } from '../routing';
import { usePracticeState } from '../state/store';
import { SignInCard } from './SignInCard';
import { EMAIL_FORMAT, isThisAccount, signInUrl } from './signinUrls';
import { SIGNIN_WORDING, isNewSignIn } from './signinWording';
import { t } from '../i18n';

const USER_TYPES = [
  {
    value: SIGNIN_WORDING.rootValue,
    label: t('Root user'),
    description: t('Account owner that performs tasks requiring unrestricted access.'),
    controlId: 'root_user_radio_button',
  },
  {
    value: SIGNIN_WORDING.iamValue,
    label: t('IAM user'),
    description: t('User within an account that performs daily tasks.'),
    controlId: 'iam_user_radio_button',
  },
];

/**
 * The main sign-in page: choose root user or IAM user, then one resolving text box. The new
 * design shows the user types as tiles (`input[type=radio][value=ROOT|IAM]`) under "Access your
 * AWS account by user type."; the legacy one as a radio group. Both keep the element ids.
 */
export function MainSignIn({ redirectUri, onRootEmail }: { redirectUri: string | null; onRootEmail: (email: string) => void }) {
  const state = usePracticeState();
  // China regions have no root user: everyone signs in as an IAM user there.
  const rootAllowed = partitionDomain() !== 'amazonaws.cn';
  const [userType, setUserType] = useState<string>(rootAllowed ? SIGNIN_WORDING.rootValue : SIGNIN_WORDING.iamValue);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const isRoot = userType === SIGNIN_WORDING.rootValue;

  function next(event: FormEvent) {
    event.preventDefault();
    const typed = value.trim();
    if (isRoot) {
      if (!typed) return setError(t('Enter your root user email address.'));
      if (!EMAIL_FORMAT.test(typed)) return setError(t('Enter a valid email address.'));
      return onRootEmail(typed);
    }
    if (!typed || !isThisAccount(state, typed)) return setError(t('The account ID or alias you entered is not valid.'));
    const prefix = /^[\d-]+$/.test(typed) ? typed.replace(/-/g, '') : typed.toLowerCase();
    window.location.href = signInUrl(prefix, '/console', redirectUri);
  }

  const items = USER_TYPES.filter((item) => rootAllowed || item.value !== SIGNIN_WORDING.rootValue);
  const choose = (chosen: string) => {
    setUserType(chosen);
    setError(null);
  };

  return (
    <SignInCard title={t('Sign in')}>
      <form onSubmit={next} noValidate>
        <SpaceBetween size="l">
          {SIGNIN_WORDING.userTypeIntro && <p className="signin-intro">{SIGNIN_WORDING.userTypeIntro}</p>}
          {error && <Alert type="error">{error}</Alert>}
          {isNewSignIn ? (
            <Tiles ariaLabel={t('User type')} columns={1} value={userType} items={items} onChange={(event) => choose(event.detail.value)} />
          ) : (
            <RadioGroup ariaLabel={t('User type')} value={userType} items={items} onChange={(event) => choose(event.detail.value)} />
          )}
          <FormField label={isRoot ? SIGNIN_WORDING.rootEmailLabel : t('Account ID (12 digits) or account alias')} controlId="resolving_input">
            <Input
              className="aws-signin-textfield"
              type={isRoot ? 'email' : 'text'}
              name={isRoot ? 'email' : 'account'}
              autoComplete={isRoot ? 'username' : 'off'}
              value={value}
              placeholder={isRoot ? 'username@example.com' : ''}
              onChange={(event) => {
                setValue(event.detail.value);
                setError(null);
              }}
              autoFocus
            />
          </FormField>
          <Button id="next_button" variant="primary" fullWidth formAction="submit">
            <span id="next_button_text">{t('Next')}</span>
          </Button>
        </SpaceBetween>
      </form>
    </SignInCard>
  );
}
