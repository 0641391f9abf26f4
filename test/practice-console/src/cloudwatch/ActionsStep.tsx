import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { TopicFields } from './TopicFields';
import type { AlarmDraft } from './alarmDraft';
import type { StepProps } from './MetricStep';
import { t } from '../i18n';

const TRIGGERS = [
  { value: 'In alarm', label: t('In alarm'), description: t('The metric or expression is outside of the defined threshold.') },
  { value: 'OK', label: 'OK', description: t('The metric or expression is within the defined threshold.') },
  { value: 'Insufficient data', label: t('Insufficient data'), description: t('The alarm has just started or not enough data is available.') },
];

/** Step 2: one SNS notification (the console allows several; one is what a billing alarm needs). */
export function ActionsStep({ draft, update, errors }: StepProps) {
  if (!draft.notification) {
    return (
      <Container header={<Header variant="h2">{t('Notification')}</Header>}>
        <SpaceBetween size="s">
          <Box color="text-body-secondary">{t('No notification actions. The alarm changes state without telling anyone.')}</Box>
          <Box>
            <Button onClick={() => update({ notification: true })}>{t('Add notification')}</Button>
          </Box>
        </SpaceBetween>
      </Container>
    );
  }
  return (
    <Container
      header={
        <Header variant="h2" actions={<Button onClick={() => update({ notification: false })}>{t('Remove')}</Button>}>
          {t('Notification')}
        </Header>
      }
    >
      <SpaceBetween size="l">
        <FormField label={t('Alarm state trigger')} description={t('Define the alarm state that will trigger this action.')}>
          <RadioGroup
            value={draft.trigger}
            items={TRIGGERS}
            onChange={(event) => update({ trigger: event.detail.value as AlarmDraft['trigger'] })}
          />
        </FormField>
        <FormField
          label={t('Send a notification to the following SNS topic')}
          description={t('Define the SNS (Simple Notification Service) topic that will receive the notification.')}
        >
          <RadioGroup
            value={draft.topicMode}
            onChange={(event) => update({ topicMode: event.detail.value as AlarmDraft['topicMode'] })}
            items={[
              { value: 'existing', label: t('Select an existing SNS topic') },
              { value: 'new', label: t('Create new topic') },
              { value: 'arn', label: t('Use topic ARN to notify other accounts') },
            ]}
          />
        </FormField>
        <TopicFields draft={draft} update={update} errors={errors} />
      </SpaceBetween>
    </Container>
  );
}
