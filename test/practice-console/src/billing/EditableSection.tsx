import type { ReactNode } from 'react';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { CancelSubmit } from '../layout/CancelSubmit';
import { t } from '../i18n';

interface EditableSectionProps {
  title: string;
  description?: string;
  editing: boolean;
  busy: boolean;
  onEdit: () => void;
  onCancel: () => void;
  onUpdate: () => void;
  view: ReactNode;
  form: ReactNode;
}

/** A Billing preferences container: view mode with Edit, or the inline form with Cancel / Update. */
export function EditableSection({ title, description, editing, busy, onEdit, onCancel, onUpdate, view, form }: EditableSectionProps) {
  return (
    <Container
      header={
        <Header variant="h2" description={description} actions={!editing && <Button onClick={onEdit}>{t('Edit')}</Button>}>
          {title}
        </Header>
      }
    >
      {editing ? (
        <SpaceBetween size="l">
          {form}
          <CancelSubmit submitLabel={t('Update')} busy={busy} onCancel={onCancel} onSubmit={onUpdate} />
        </SpaceBetween>
      ) : (
        view
      )}
    </Container>
  );
}
