import { useState } from 'react';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { pushFlash } from '../layout/flash';
import { dispatch, usePracticeState } from '../state/store';
import { t } from '../i18n';


/** The Account page section only the root user may change; it edits inline, as the console does. */
export function IamAccessSection({ path }: { path: string }) {
  const TITLE = t('IAM user and role access to Billing information');
  const state = usePracticeState();
  const activated = state.billing.iamAccessActivated;
  const isRoot = state.identity?.kind === 'root';
  const [editing, setEditing] = useState(false);
  const [checked, setChecked] = useState(activated);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function update() {
    setBusy(true);
    const outcome = await dispatch({ type: 'activateBillingIamAccess', activated: checked });
    setBusy(false);
    if (!outcome.ok) return setError(outcome.error);
    setEditing(false);
    pushFlash({ type: 'success', route: path, header: t('IAM user and role access to Billing information updated.') });
  }

  const header = (
    <Header
      variant="h2"
      description={isRoot ? undefined : t('Only the root user can change this setting.')}
      actions={
        !editing && (
          <Button
            disabled={!isRoot}
            onClick={() => {
              setChecked(activated);
              setEditing(true);
            }}
          >
            {t('Edit')}
          </Button>
        )
      }
    >
      {TITLE}
    </Header>
  );

  return (
    <Container header={header}>
      <SpaceBetween size="m">
        <Box>
          {t('You can give IAM users and federated users with roles permissions to access billing information. This includes access to Account settings, Payment methods, and Report pages. You control which users and roles can see billing information by creating IAM policies.')}
        </Box>
        {editing ? (
          <SpaceBetween size="m">
            <Checkbox checked={checked} onChange={(event) => setChecked(event.detail.checked)}>
              {t('Activate IAM Access')}
            </Checkbox>
            {error && <Alert type="error">{error}</Alert>}
            <SpaceBetween direction="horizontal" size="xs">
              <Button variant="link" onClick={() => setEditing(false)}>
                {t('Cancel')}
              </Button>
              <Button variant="primary" loading={busy} onClick={() => void update()}>
                {t('Update')}
              </Button>
            </SpaceBetween>
          </SpaceBetween>
        ) : (
          <div>
            <Box variant="awsui-key-label">{TITLE}</Box>
            <StatusIndicator type={activated ? 'success' : 'stopped'}>{activated ? t('Activated') : t('Deactivated')}</StatusIndicator>
          </div>
        )}
      </SpaceBetween>
    </Container>
  );
}
