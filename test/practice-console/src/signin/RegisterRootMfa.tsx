import { useState } from 'react';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { dispatch } from '../state/store';
import { SignInCard } from './SignInCard';
import { t } from '../i18n';

interface RegisterRootMfaProps {
  /** Sign in once the passkey is registered, or without one when put off. */
  onDone: () => Promise<string | null>;
}

/**
 * `root-mfa=prompt`: since 2024 AWS asks a root user without MFA to register one while signing in
 * (IAM User Guide, "MFA for the root user"); it can be put off for up to 35 days. The wording
 * here is the practice console's own: the page itself is not documented.
 */
export function RegisterRootMfa({ onDone }: RegisterRootMfaProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function register() {
    setBusy(true);
    const outcome = await dispatch({ type: 'assignMfa', userName: null, deviceName: 'root-passkey', deviceType: 'security-key', codes: [] });
    const failure = outcome.ok ? await onDone() : outcome.error;
    setBusy(false);
    if (failure) setError(failure);
  }

  return (
    <SignInCard title={t('Register a passkey for your root user')}>
      <SpaceBetween size="l">
        {error && <Alert type="error">{error}</Alert>}
        <Box>
          {t("AWS requires multi-factor authentication (MFA) for the root user. Register a passkey or security key now: your browser asks you to create it. The practice console simulates the browser's prompt.")}
        </Box>
        <Button id="register_passkey_button" variant="primary" fullWidth loading={busy} onClick={() => void register()}>
          {t('Register passkey')}
        </Button>
        <Button id="skip_mfa_registration_button" variant="link" disabled={busy} onClick={() => void onDone()}>
          {t('Skip for now')}
        </Button>
        <Box color="text-body-secondary" fontSize="body-s">
          {t('You can put this off for up to 35 days. After that, you must register MFA to sign in as the root user.')}
        </Box>
      </SpaceBetween>
    </SignInCard>
  );
}
