import { useState } from 'react';
import Box from '@cloudscape-design/components/box';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { CancelSubmit } from '../layout/CancelSubmit';
import { t } from '../i18n';

interface ConfirmDeleteModalProps {
  name: string;
  description: string;
  confirmLabel: string;
  /** The question's verb: "Delete <name>?" unless told otherwise (e.g. "Remove"). */
  verb?: 'Delete' | 'Remove';
  /** When set, the name must be typed to confirm, as the console asks for users and groups. */
  typeToConfirm?: boolean;
  onConfirm: () => Promise<string | null>;
  onClose: () => void;
}

/** The console's delete confirmation: "Delete <name>?", optionally typing the name. */
export function ConfirmDeleteModal({ name, description, confirmLabel, verb = 'Delete', typeToConfirm, onConfirm, onClose }: ConfirmDeleteModalProps) {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const confirmed = !typeToConfirm || typed === name;
  return (
    <Modal
      visible
      onDismiss={onClose}
      header={verb === 'Remove' ? t('Remove {name}?', { name }) : t('Delete {name}?', { name })}
      closeAriaLabel={t('Close modal')}
      footer={
        <CancelSubmit
          alignRight
          submitLabel={confirmLabel}
          busy={busy}
          disabled={!confirmed}
          onCancel={onClose}
          onSubmit={async () => {
                setBusy(true);
                const failure = await onConfirm();
                setBusy(false);
                if (failure) setError(failure);
                else onClose();
              }}
        />
      }
    >
      <SpaceBetween size="m">
        <Box>{description}</Box>
        {typeToConfirm && (
          <FormField label={t('To confirm deletion, enter the user name in the text input field.')} errorText={error ?? undefined}>
            <Input value={typed} placeholder={name} onChange={(e) => setTyped(e.detail.value)} ariaLabel={t('Confirm name')} />
          </FormField>
        )}
        {!typeToConfirm && error && <Box color="text-status-error">{error}</Box>}
      </SpaceBetween>
    </Modal>
  );
}
