import { useState, type FormEvent } from 'react';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { SignInCard } from './SignInCard';
import { t } from '../i18n';

interface RootPasswordProps {
  email: string;
  onSignIn: () => Promise<string | null>;
  onBack: () => void;
}

/** Root password step. The password is checked for presence only and never leaves this component. */
export function RootPassword({ email, onSignIn, onBack }: RootPasswordProps) {
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [info, setInfo] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!password) return setError(t('Enter your password.'));
    setBusy(true);
    const failure = await onSignIn();
    setBusy(false);
    if (failure) setError(failure);
  }

  return (
    <SignInCard title={t('Root user sign in')}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <SpaceBetween size="l">
          {error && <Alert type="error">{error}</Alert>}
          <Box>
            {t('Email:')} <b>{email}</b>
          </Box>
          <FormField
            label={t('Password')}
            controlId="password"
            secondaryControl={
              <Link href="#" onFollow={(event) => (event.preventDefault(), setInfo(true))}>
                {t('Forgot password?')}
              </Link>
            }
          >
            <Input
              type="password"
              name="password"
              autoComplete="current-password"
              value={password}
              onChange={(event) => {
                setPassword(event.detail.value);
                setError(null);
              }}
              autoFocus
            />
          </FormField>
          {info && <Alert type="info">{t('Password recovery is not simulated. In the practice console any password works.')}</Alert>}
          <Button id="signin_button" variant="primary" fullWidth formAction="submit" loading={busy}>
            {t('Sign in')}
          </Button>
          <Link href="#" onFollow={(event) => (event.preventDefault(), onBack())}>
            {t('Sign in to a different account')}
          </Link>
        </SpaceBetween>
      </form>
    </SignInCard>
  );
}
