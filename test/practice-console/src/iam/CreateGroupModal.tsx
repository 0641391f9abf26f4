import { useState } from 'react';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { dispatch } from '../state/store';
import { PoliciesTable } from './PoliciesTable';
import { CancelSubmit } from '../layout/CancelSubmit';
import { t } from '../i18n';

/** "Create user group" from inside the Create user wizard; the new group comes back selected. */
export function CreateGroupModal({ onClose, onCreated }: { onClose: () => void; onCreated: (name: string) => void }) {
  const [name, setName] = useState('');
  const [policies, setPolicies] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function create() {
    setBusy(true);
    const outcome = await dispatch({ type: 'createGroup', name, policies, users: [] });
    setBusy(false);
    if (!outcome.ok) return setError(outcome.error);
    onCreated(name);
  }
  return (
    <Modal
      visible
      size="large"
      onDismiss={onClose}
      header={t('Create user group')}
      closeAriaLabel={t('Close modal')}
      footer={
        <CancelSubmit alignRight submitLabel={t('Create user group')} busy={busy} onCancel={onClose} onSubmit={create} />
      }
    >
      <SpaceBetween size="l">
        <FormField label={t('User group name')} constraintText={t("Maximum 128 characters. Use alphanumeric and '+=,.@-_' characters.")} errorText={error ?? undefined}>
          <Input value={name} onChange={(e) => (setName(e.detail.value), setError(null))} />
        </FormField>
        <PoliciesTable title={t('Permissions policies')} selected={policies} onChange={setPolicies} />
      </SpaceBetween>
    </Modal>
  );
}
