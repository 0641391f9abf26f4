import { useState } from 'react';
import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { PasswordPolicy } from '../../state/model';
import { dispatch, usePracticeState } from '../../state/store';
import { navigate } from '../../routing';
import { pushFlash } from '../../layout/flash';
import { IamPage } from '../IamPage';
import { STRENGTH_LABELS } from './passwordPolicyText';
import { t } from '../../i18n';

const DEFAULTS: PasswordPolicy = {
  minimumLength: 8,
  requireUppercase: false,
  requireLowercase: false,
  requireNumbers: false,
  requireSymbols: false,
  expirePasswords: false,
  maxAgeDays: 90,
  hardExpiry: false,
  allowUsersToChangePassword: false,
  preventReuse: false,
  reuseCount: 5,
};

function inRange(text: string, min: number, max: number): number | null {
  const value = Number(text);
  return Number.isInteger(value) && value >= min && value <= max ? value : null;
}

export function EditPasswordPolicy({ path }: { path: string }) {
  const state = usePracticeState();
  const [mode, setMode] = useState(state.passwordPolicy ? 'custom' : 'default');
  const [policy, setPolicy] = useState<PasswordPolicy>(state.passwordPolicy ?? DEFAULTS);
  const [length, setLength] = useState(String(policy.minimumLength));
  const [maxAge, setMaxAge] = useState(String(policy.maxAgeDays ?? 90));
  const [reuse, setReuse] = useState(String(policy.reuseCount ?? 5));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<PasswordPolicy>) => setPolicy((p) => ({ ...p, ...patch }));
  const check = (key: keyof typeof STRENGTH_LABELS | 'hardExpiry' | 'allowUsersToChangePassword', label: string) => (
    <Checkbox key={key} checked={policy[key]} onChange={(e) => set({ [key]: e.detail.checked })}>
      {label}
    </Checkbox>
  );

  async function save() {
    const found: Record<string, string> = {};
    const minimumLength = inRange(length, 6, 128);
    const maxAgeDays = inRange(maxAge, 1, 1095);
    const reuseCount = inRange(reuse, 1, 24);
    if (mode === 'custom') {
      if (minimumLength === null) found.length = t('Enter a value between 6 and 128.');
      if (policy.expirePasswords && maxAgeDays === null) found.maxAge = t('Enter a value between 1 and 1095.');
      if (policy.preventReuse && reuseCount === null) found.reuse = t('Enter a value between 1 and 24.');
    }
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    const next = mode === 'custom' ? { ...policy, minimumLength: minimumLength!, maxAgeDays: maxAgeDays ?? undefined, reuseCount: reuseCount ?? undefined } : null;
    const outcome = await dispatch({ type: 'setPasswordPolicy', policy: next });
    setBusy(false);
    if (!outcome.ok) return setErrors({ length: outcome.error });
    pushFlash({ type: 'success', route: '/account_settings', header: t('Password policy updated.') });
    navigate('#/account_settings');
  }

  return (
    <IamPage path={path} breadcrumbs={[{ text: t('Account settings'), href: '#/account_settings' }, { text: t('Edit password policy'), href: '#/account_settings/password_policy' }]}>
      <form onSubmit={(e) => (e.preventDefault(), void save())}>
        <Form
          header={<Header variant="h1">{t('Edit password policy')}</Header>}
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button formAction="none" variant="link" onClick={() => navigate('#/account_settings')}>
                {t('Cancel')}
              </Button>
              <Button variant="primary" loading={busy}>
                {t('Save changes')}
              </Button>
            </SpaceBetween>
          }
        >
          <Container header={<Header variant="h2">{t('Password policy')}</Header>}>
            <SpaceBetween size="l">
              <RadioGroup
                value={mode}
                onChange={(e) => setMode(e.detail.value)}
                items={[
                  { value: 'default', label: t('IAM default'), description: t('Apply default password requirements.') },
                  { value: 'custom', label: t('Custom'), description: t('Apply customized password requirements.') },
                ]}
              />
              {mode === 'custom' && (
                <>
                  <FormField label={t('Password minimum length')} constraintText={t('Enter a value between 6 and 128 characters.')} errorText={errors.length}>
                    <Input type="number" value={length} onChange={(e) => setLength(e.detail.value)} />
                  </FormField>
                  <FormField label={t('Password strength')}>
                    <SpaceBetween size="xs">{(Object.keys(STRENGTH_LABELS) as (keyof typeof STRENGTH_LABELS)[]).map((key) => check(key, STRENGTH_LABELS[key]))}</SpaceBetween>
                  </FormField>
                  <FormField label={t('Other requirements')}>
                    <SpaceBetween size="xs">
                      <Checkbox checked={policy.expirePasswords} onChange={(e) => set({ expirePasswords: e.detail.checked })}>
                        {t('Turn on password expiration')}
                      </Checkbox>
                      {policy.expirePasswords && (
                        <FormField label={t('Expire passwords in day(s)')} errorText={errors.maxAge}>
                          <Input type="number" value={maxAge} onChange={(e) => setMaxAge(e.detail.value)} />
                        </FormField>
                      )}
                      {check('hardExpiry', t('Password expiration requires administrator reset'))}
                      {check('allowUsersToChangePassword', t('Allow users to change their own password'))}
                      <Checkbox checked={policy.preventReuse} onChange={(e) => set({ preventReuse: e.detail.checked })}>
                        {t('Prevent password reuse')}
                      </Checkbox>
                      {policy.preventReuse && (
                        <FormField label={t('Remember password(s)')} errorText={errors.reuse}>
                          <Input type="number" value={reuse} onChange={(e) => setReuse(e.detail.value)} />
                        </FormField>
                      )}
                    </SpaceBetween>
                  </FormField>
                </>
              )}
            </SpaceBetween>
          </Container>
        </Form>
      </form>
    </IamPage>
  );
}
