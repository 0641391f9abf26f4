import { useState } from 'react';
import Box from '@cloudscape-design/components/box';
import Checkbox from '@cloudscape-design/components/checkbox';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { pushFlash } from '../layout/flash';
import { EditableSection } from './EditableSection';
import { t } from '../i18n';

// Not part of the account state the tutorials check; kept for the page's lifetime only.
let pdfInvoicesByEmail = true;

export function InvoicePreferences({ path }: { path: string }) {
  const [enabled, setEnabled] = useState(pdfInvoicesByEmail);
  const [draft, setDraft] = useState(enabled);
  const [editing, setEditing] = useState(false);

  return (
    <EditableSection
      title={t('Invoice delivery preferences')}
      editing={editing}
      busy={false}
      onEdit={() => {
        setDraft(enabled);
        setEditing(true);
      }}
      onCancel={() => setEditing(false)}
      onUpdate={() => {
        pdfInvoicesByEmail = draft;
        setEnabled(draft);
        setEditing(false);
        pushFlash({ type: 'success', route: path, header: t('Invoice delivery preferences updated.') });
      }}
      view={
        <div>
          <Box variant="awsui-key-label">{t('PDF invoices delivery by email')}</Box>
          <StatusIndicator type={enabled ? 'success' : 'stopped'}>{enabled ? 'Enabled' : 'Disabled'}</StatusIndicator>
        </div>
      }
      form={
        <Checkbox
          checked={draft}
          onChange={(event) => setDraft(event.detail.checked)}
          description={t("Receive a PDF copy of your invoices by email to the account's billing contacts.")}
        >
          {t('PDF invoices delivery by email')}
        </Checkbox>
      }
    />
  );
}
