import { useState, type FormEvent } from 'react';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { Identity } from '../state/model';
import { usePracticeState } from '../state/store';
import { SignInCard } from './SignInCard';
import { t } from '../i18n';

interface MfaPromptProps {
  identity: Identity;
  onSubmit: () => Promise<string | null>;
  onCancel: () => void;
}

/** The MFA prompt: a code (any 6 digits pass in the practice console), or a passkey when that is all there is. */
export function MfaPrompt({ identity, onSubmit, onCancel }: MfaPromptProps) {
  const state = usePracticeState();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [info, setInfo] = useState(false);
  const [busy, setBusy] = useState(false);
  const devices =
    identity.kind === 'root' ? state.rootMfaDevices : (state.users.find((u) => u.name === identity.userName)?.mfaDevices ?? []);

  // A passkey or security key answers the browser's prompt instead of a code.
  const passkeyOnly = devices.length > 0 && devices.every((d) => d.type === 'security-key');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!passkeyOnly && !/^\d{6}$/.test(code.trim())) return setError(t('Your authentication information is incorrect. Please try again.'));
    setBusy(true);
    const failure = await onSubmit();
    setBusy(false);
    if (failure) setError(failure);
  }

  return (
    <SignInCard title={t('Multi-factor authentication')}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <SpaceBetween size="l">
          {error && <Alert type="error">{error}</Alert>}
          {passkeyOnly ? (
            <Box>
              {t("Your account is secured using multi-factor authentication (MFA). To finish signing in, use your passkey or security key when your browser asks. The practice console simulates the browser's prompt.")}
            </Box>
          ) : (
            <Box>
              {t('Your account is secured using multi-factor authentication (MFA). To finish signing in, turn on or view your MFA device and type the authentication code below.')}
            </Box>
          )}
          <Box color="text-body-secondary">
            {identity.kind === 'root' ? t('Root user') : t('IAM user {name}', { name: identity.userName })}
            {devices[0] ? ` · ${t('MFA device: {name}', { name: devices[0].name })}` : ''}
          </Box>
          {passkeyOnly ? (
            <Button id="mfa_passkey_button" variant="primary" fullWidth formAction="submit" loading={busy}>
              {t('Use passkey or security key')}
            </Button>
          ) : (
            <>
              <FormField label={t('MFA code')} controlId="mfaCode">
                <Input
                  name="mfaCode"
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  value={code}
                  onChange={(event) => (setCode(event.detail.value), setError(null))}
                  autoFocus
                />
              </FormField>
              <Button id="mfa_submit_button" variant="primary" fullWidth formAction="submit" loading={busy}>
                {t('Submit')}
              </Button>
            </>
          )}
          <SpaceBetween direction="horizontal" size="l">
            <Link href="#" onFollow={(event) => (event.preventDefault(), setInfo(true))}>
              {t('Troubleshoot MFA')}
            </Link>
            <Link href="#" onFollow={(event) => (event.preventDefault(), onCancel())}>
              {t('Cancel')}
            </Link>
          </SpaceBetween>
          {info && <Alert type="info">{t('MFA recovery is not simulated. In the practice console any 6-digit code works.')}</Alert>}
        </SpaceBetween>
      </form>
    </SignInCard>
  );
}
