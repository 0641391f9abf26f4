import { useState, type FormEvent } from 'react';
import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { usePracticeState } from '../state/store';
import { SignInCard } from './SignInCard';
import { isThisAccount, signInUrl } from './signinUrls';
import { SIGNIN_WORDING } from './signinWording';
import { t } from '../i18n';


interface IamUserFormProps {
  initialAccount: string;
  redirectUri: string | null;
  onSignIn: (userName: string) => Promise<string | null>;
}

/** The IAM user step ("IAM user sign in" / "Sign in as IAM user"): account, user name and password; the password is checked for presence only. */
export function IamUserForm({ initialAccount, redirectUri, onSignIn }: IamUserFormProps) {
  const state = usePracticeState();
  const [account, setAccount] = useState(initialAccount);
  const [userName, setUserName] = useState('');
  const [password, setPassword] = useState('');
  const [remember, setRemember] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [info, setInfo] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const user = state.users.find((u) => u.name === userName.trim());
    if (!isThisAccount(state, account) || !user?.consoleAccess || !password) return setError(t('Your authentication information is incorrect. Please try again.'));
    setBusy(true);
    const failure = await onSignIn(user.name);
    setBusy(false);
    if (failure) setError(failure);
  }

  const clear = () => setError(null);
  return (
    <SignInCard title={SIGNIN_WORDING.iamHeading}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <SpaceBetween size="l">
          {error && <Alert type="error">{error}</Alert>}
          <FormField label={t('Account ID (12 digits) or account alias')} controlId="account">
            <Input name="account" value={account} onChange={(event) => (setAccount(event.detail.value), clear())} />
          </FormField>
          <FormField label={SIGNIN_WORDING.iamUserNameLabel} controlId="username">
            <Input
              name="username"
              autoComplete="username"
              value={userName}
              onChange={(event) => (setUserName(event.detail.value), clear())}
              autoFocus
            />
          </FormField>
          <FormField label={t('Password')} controlId="password">
            <Input
              type="password"
              name="password"
              autoComplete="current-password"
              value={password}
              onChange={(event) => (setPassword(event.detail.value), clear())}
            />
          </FormField>
          <Checkbox checked={remember} onChange={(event) => setRemember(event.detail.checked)}>
            {t('Remember this account')}
          </Checkbox>
          <Button id="signin_button" variant="primary" fullWidth formAction="submit" loading={busy}>
            {t('Sign in')}
          </Button>
          <SpaceBetween size="xs">
            <Link href={signInUrl(null, '/signin', redirectUri)}>{t('Sign in using root user email')}</Link>
            <Link href="#" onFollow={(event) => (event.preventDefault(), setInfo(true))}>
              {t('Forgot password?')}
            </Link>
          </SpaceBetween>
          {info && (
            <Alert type="info">
              {t('IAM users get a new password from their administrator. In the practice console any password works.')}
            </Alert>
          )}
        </SpaceBetween>
      </form>
    </SignInCard>
  );
}
