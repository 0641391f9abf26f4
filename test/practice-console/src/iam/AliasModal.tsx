import { useState } from 'react';
import Box from '@cloudscape-design/components/box';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { dispatch, usePracticeState } from '../state/store';
import { pushFlash } from '../layout/flash';
import { CancelSubmit } from '../layout/CancelSubmit';
import { partitionDomain } from '../routing';
import { t } from '../i18n';

/** The AWS Account panel's alias modal: create, edit or delete the account alias. */
export function AliasModal({ mode, path, onClose }: { mode: 'create' | 'edit' | 'delete'; path: string; onClose: () => void }) {
  const state = usePracticeState();
  const [alias, setAlias] = useState(mode === 'edit' ? (state.account.alias ?? '') : '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit() {
    setBusy(true);
    const outcome = await dispatch(mode === 'delete' ? { type: 'deleteAlias' } : { type: 'createAlias', alias });
    setBusy(false);
    if (!outcome.ok) {
      setError(outcome.error);
      return;
    }
    pushFlash({
      type: 'success',
      route: path,
      header: mode === 'delete' ? t('Alias deleted for this account.') : `Alias ${alias} ${mode === 'edit' ? 'updated' : 'created'} for this account.`,
    });
    onClose();
  }

  if (mode === 'delete') {
    return (
      <Modal
        visible
        onDismiss={onClose}
        header={t('Delete alias?')}
        closeAriaLabel={t('Close modal')}
        footer={
          <CancelSubmit alignRight submitLabel={t('Delete')} busy={busy} onCancel={onClose} onSubmit={submit} />
        }
      >
        {t('The sign-in URL for IAM users goes back to using the account ID. Bookmarks with the alias stop working.')}
      </Modal>
    );
  }

  return (
    <Modal
      visible
      onDismiss={onClose}
      header={mode === 'edit' ? t('Edit alias for AWS account') : t('Create alias for AWS account')}
      closeAriaLabel={t('Close modal')}
      footer={
        <CancelSubmit alignRight submitLabel={mode === 'edit' ? t('Save changes') : t('Create alias')} busy={busy} onCancel={onClose} onSubmit={submit} />
      }
    >
      <SpaceBetween size="m">
        <FormField
          label={t('Preferred alias')}
          description={t('The alias must be unique across all Amazon Web Services products. It must contain only digits, lowercase letters, and hyphens.')}
          errorText={error ?? undefined}
        >
          <Input
            value={alias}
            onChange={(event) => {
              setAlias(event.detail.value);
              setError(null);
            }}
            onKeyDown={(event) => event.detail.key === 'Enter' && void submit()}
            autoFocus
          />
        </FormField>
        <div>
          <Box variant="awsui-key-label">{t('New sign-in URL')}</Box>
          <Box>{`https://${alias || state.account.id}.signin.${partitionDomain()}/console`}</Box>
        </div>
      </SpaceBetween>
    </Modal>
  );
}
