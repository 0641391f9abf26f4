import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { t } from '../i18n';

interface CancelSubmitProps {
  submitLabel: string;
  onCancel: () => void;
  onSubmit: () => void;
  busy?: boolean;
  disabled?: boolean;
  /** Right-aligned, as in a modal's footer. */
  alignRight?: boolean;
}

/** The console's "Cancel | <primary action>" button pair, in modal footers and inline editors. */
export function CancelSubmit({ submitLabel, onCancel, onSubmit, busy, disabled, alignRight }: CancelSubmitProps) {
  const buttons = (
    <SpaceBetween direction="horizontal" size="xs">
      <Button variant="link" onClick={onCancel}>
        {t('Cancel')}
      </Button>
      <Button variant="primary" loading={busy} disabled={disabled} onClick={onSubmit}>
        {submitLabel}
      </Button>
    </SpaceBetween>
  );
  return alignRight ? <Box float="right">{buttons}</Box> : buttons;
}
