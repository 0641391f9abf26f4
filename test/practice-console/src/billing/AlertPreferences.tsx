import { useState } from 'react';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Checkbox from '@cloudscape-design/components/checkbox';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { pushFlash } from '../layout/flash';
import { dispatch, usePracticeState } from '../state/store';
import { EditableSection } from './EditableSection';
import { t } from '../i18n';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function Status({ label, on }: { label: string; on: boolean }) {
  return (
    <div>
      <Box variant="awsui-key-label">{label}</Box>
      <StatusIndicator type={on ? 'success' : 'stopped'}>{on ? 'Enabled' : 'Disabled'}</StatusIndicator>
    </div>
  );
}

/** Free Tier and CloudWatch billing alerts; billing alerts cannot be turned off once on. */
export function AlertPreferences({ path }: { path: string }) {
  const { billing } = usePracticeState();
  const [editing, setEditing] = useState(false);
  const [freeTier, setFreeTier] = useState(billing.freeTierAlerts);
  const [email, setEmail] = useState('');
  const [billingAlerts, setBillingAlerts] = useState(billing.billingAlertsEnabled);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const emailError = email && !EMAIL.test(email) ? t('Enter a valid email address.') : undefined;

  async function update() {
    if (emailError) return;
    setBusy(true);
    const outcome = await dispatch({ type: 'setAlertPreferences', billingAlertsEnabled: billingAlerts, freeTierAlerts: freeTier });
    setBusy(false);
    if (!outcome.ok) return setError(outcome.error);
    setEditing(false);
    pushFlash({ type: 'success', route: path, header: t('Alert preferences updated.') });
  }

  const form = (
    <SpaceBetween size="l">
      <SpaceBetween size="s">
        <Checkbox
          checked={freeTier}
          onChange={(event) => setFreeTier(event.detail.checked)}
          description={t('Get email alerts when your AWS service usage approaches or exceeds the AWS Free Tier usage limits.')}
        >
          {t('Receive AWS Free Tier alerts')}
        </Checkbox>
        {freeTier && (
          <FormField
            label={t('Additional email address to receive alerts')}
            description={t("Alerts go to the account's email address and to this address.")}
            errorText={emailError}
          >
            <Input type="email" value={email} placeholder="name@example.com" onChange={(event) => setEmail(event.detail.value)} />
          </FormField>
        )}
      </SpaceBetween>
      <Checkbox
        checked={billingAlerts}
        disabled={billing.billingAlertsEnabled}
        onChange={(event) => setBillingAlerts(event.detail.checked)}
        description={t('Monitor your estimated charges with Amazon CloudWatch. Once enabled, this preference cannot be turned off. Billing metric data appears in CloudWatch after about 15 minutes, in US East (N. Virginia).')}
      >
        {t('Receive CloudWatch billing alerts')}
      </Checkbox>
      {error && <Alert type="error">{error}</Alert>}
    </SpaceBetween>
  );

  return (
    <EditableSection
      title={t('Alert preferences')}
      description={t('Receive alerts about your charges and AWS Free Tier usage.')}
      editing={editing}
      busy={busy}
      onEdit={() => {
        setFreeTier(billing.freeTierAlerts);
        setBillingAlerts(billing.billingAlertsEnabled);
        setError(null);
        setEditing(true);
      }}
      onCancel={() => setEditing(false)}
      onUpdate={() => void update()}
      view={
        <ColumnLayout columns={2} variant="text-grid">
          <Status label={t('Receive AWS Free Tier alerts')} on={billing.freeTierAlerts} />
          <Status label={t('Receive CloudWatch billing alerts')} on={billing.billingAlertsEnabled} />
        </ColumnLayout>
      }
      form={form}
    />
  );
}
