import { useMemo, useState } from 'react';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { MfaDeviceType } from '../../state/model';
import { generateMfaSeed } from '../../state/secrets';
import { QrCode } from './QrCode';
import { t } from '../../i18n';

export interface MfaCodes {
  serial: string;
  code1: string;
  code2: string;
}

interface Props {
  deviceType: MfaDeviceType;
  codes: MfaCodes;
  errors: Partial<Record<keyof MfaCodes, string>>;
  onChange: (codes: MfaCodes) => void;
}

/** t('Set up device'): the authenticator app's QR code or secret key, then two consecutive codes. */
export function MfaSetupStep({ deviceType, codes, errors, onChange }: Props) {
  const seed = useMemo(() => generateMfaSeed(), []);
  const [reveal, setReveal] = useState<'qr' | 'key' | null>(null);
  const codeFields = (
    <SpaceBetween size="m">
      <FormField label={t('MFA code 1')} constraintText={t('Enter a code displayed on your device.')} errorText={errors.code1}>
        <Input value={codes.code1} inputMode="numeric" onChange={(e) => onChange({ ...codes, code1: e.detail.value })} />
      </FormField>
      <FormField label={t('MFA code 2')} constraintText={t('Wait 30 seconds, and enter a second code entry.')} errorText={errors.code2}>
        <Input value={codes.code2} inputMode="numeric" onChange={(e) => onChange({ ...codes, code2: e.detail.value })} />
      </FormField>
    </SpaceBetween>
  );
  if (deviceType === 'security-key') {
    return (
      <Container header={<Header variant="h2">{t('Set up device')}</Header>}>
        <Box>
          {t('Choose')} <b>{t('Add MFA')}</b>{t(", then follow your browser's prompt to create a passkey on this device or to use a security key. The practice console simulates the browser prompt and registers the device at once.")}
        </Box>
      </Container>
    );
  }
  if (deviceType === 'hardware-totp') {
    return (
      <Container header={<Header variant="h2">{t('Set up device')}</Header>}>
        <SpaceBetween size="m">
          <FormField label={t('Serial number')} description={t('Find the serial number on the back of the device.')} errorText={errors.serial}>
            <Input value={codes.serial} onChange={(e) => onChange({ ...codes, serial: e.detail.value })} />
          </FormField>
          {codeFields}
        </SpaceBetween>
      </Container>
    );
  }
  return (
    <Container header={<Header variant="h2">{t('Set up device')}</Header>}>
      <ol className="practice-steps">
        <li>
          <Box variant="strong">{t('Install a compatible application such as Google Authenticator, Duo Mobile, or Authy app on your mobile device or computer.')}</Box>
        </li>
        <li>
          <SpaceBetween size="s">
            <Box variant="strong">
              {t('Open your authenticator app, choose Show QR code on this page, then use the app to scan the code. Alternatively, you can type the secret key.')}
            </Box>
            <div className="practice-qr-box">
              {reveal === 'qr' && <QrCode seed={seed} />}
              {reveal === 'key' && <Box variant="code">{seed}</Box>}
              {reveal === null && (
                <SpaceBetween direction="horizontal" size="xs">
                  <Button variant="inline-link" onClick={() => setReveal('qr')}>
                    {t('Show QR code')}
                  </Button>
                  <Box>{t('or')}</Box>
                  <Button variant="inline-link" onClick={() => setReveal('key')}>
                    {t('Show secret key')}
                  </Button>
                </SpaceBetween>
              )}
            </div>
          </SpaceBetween>
        </li>
        <li>
          <SpaceBetween size="s">
            <Box variant="strong">{t('Type two consecutive MFA codes below')}</Box>
            {codeFields}
          </SpaceBetween>
        </li>
      </ol>
    </Container>
  );
}
