import { useState, type FormEvent } from 'react';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { dispatch, usePracticeState } from '../state/store';
import { SignInCard } from './SignInCard';
import { passwordProblem } from './passwordRules';
import { t } from '../i18n';

/** Forced password change for an IAM user created with "must create a new password". */
export function ChangePassword({ userName, onChanged }: { userName: string; onChanged: () => Promise<string | null> }) {
  const state = usePracticeState();
  const [oldPassword, setOldPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = !oldPassword
      ? t('Enter your old password.')
      : passwordProblem(newPassword, state.passwordPolicy) ??
        (newPassword === oldPassword ? t('Your new password must be different from your old password.') : null) ??
        (newPassword !== confirm ? t('The passwords that you entered do not match.') : null);
    if (problem) return setError(problem);
    setBusy(true);
    const outcome = await dispatch({ type: 'changePassword', userName });
    const failure = outcome.ok ? await onChanged() : outcome.error;
    setBusy(false);
    if (failure) setError(failure);
  }

  const field = (label: string, id: string, value: string, set: (v: string) => void, autoFocus = false) => (
    <FormField label={label} controlId={id}>
      <Input
        type="password"
        name={id}
        autoComplete={id === 'old_password' ? 'current-password' : 'new-password'}
        value={value}
        onChange={(event) => (set(event.detail.value), setError(null))}
        autoFocus={autoFocus}
      />
    </FormField>
  );

  return (
    <SignInCard title={t('Change password')}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <SpaceBetween size="l">
          <Box>{t('You must change your password to continue.')}</Box>
          <Box color="text-body-secondary">
            {t('AWS account {account} · IAM user name {name}', { account: state.account.alias ?? state.account.id, name: userName })}
          </Box>
          {error && <Alert type="error">{error}</Alert>}
          {field(t('Old password'), 'old_password', oldPassword, setOldPassword, true)}
          {field(t('New password'), 'new_password', newPassword, setNewPassword)}
          {field(t('Retype new password'), 'confirm_password', confirm, setConfirm)}
          <Button id="confirm_password_change" variant="primary" fullWidth formAction="submit" loading={busy}>
            {t('Confirm password change')}
          </Button>
        </SpaceBetween>
      </form>
    </SignInCard>
  );
}
