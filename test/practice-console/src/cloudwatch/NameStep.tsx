import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Textarea from '@cloudscape-design/components/textarea';
import type { StepProps } from './MetricStep';
import { t } from '../i18n';

/** Step 3: the alarm's name (required) and description. */
export function NameStep({ draft, update, errors }: StepProps) {
  return (
    <Container header={<Header variant="h2">{t('Name and description')}</Header>}>
      <SpaceBetween size="l">
        <FormField label={t('Alarm name')} errorText={errors.name}>
          <Input value={draft.name} onChange={(event) => update({ name: event.detail.value })} invalid={!!errors.name} />
        </FormField>
        <FormField
          label={
            <span>
              {t('Alarm description -')} <i>{t('optional')}</i>
            </span>
          }
          description={t('Up to 1024 characters.')}
        >
          <Textarea value={draft.description} onChange={(event) => update({ description: event.detail.value.slice(0, 1024) })} />
        </FormField>
      </SpaceBetween>
    </Container>
  );
}
