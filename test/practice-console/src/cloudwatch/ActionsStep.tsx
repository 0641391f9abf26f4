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

const TRIGGERS = [
  { value: 'In alarm', label: 'In alarm', description: 'The metric or expression is outside of the defined threshold.' },
  { value: 'OK', label: 'OK', description: 'The metric or expression is within the defined threshold.' },
  { value: 'Insufficient data', label: 'Insufficient data', description: 'The alarm has just started or not enough data is available.' },
];

/** Step 2: one SNS notification (the console allows several; one is what a billing alarm needs). */
export function ActionsStep({ draft, update, errors }: StepProps) {
  if (!draft.notification) {
    return (
      <Container header={<Header variant="h2">Notification</Header>}>
        <SpaceBetween size="s">
          <Box color="text-body-secondary">No notification actions. The alarm changes state without telling anyone.</Box>
          <Box>
            <Button onClick={() => update({ notification: true })}>Add notification</Button>
          </Box>
        </SpaceBetween>
      </Container>
    );
  }
  return (
    <Container
      header={
        <Header variant="h2" actions={<Button onClick={() => update({ notification: false })}>Remove</Button>}>
          Notification
        </Header>
      }
    >
      <SpaceBetween size="l">
        <FormField label="Alarm state trigger" description="Define the alarm state that will trigger this action.">
          <RadioGroup
            value={draft.trigger}
            items={TRIGGERS}
            onChange={(event) => update({ trigger: event.detail.value as AlarmDraft['trigger'] })}
          />
        </FormField>
        <FormField
          label="Send a notification to the following SNS topic"
          description="Define the SNS (Simple Notification Service) topic that will receive the notification."
        >
          <RadioGroup
            value={draft.topicMode}
            onChange={(event) => update({ topicMode: event.detail.value as AlarmDraft['topicMode'] })}
            items={[
              { value: 'existing', label: 'Select an existing SNS topic' },
              { value: 'new', label: 'Create new topic' },
              { value: 'arn', label: 'Use topic ARN to notify other accounts' },
            ]}
          />
        </FormField>
        <TopicFields draft={draft} update={update} errors={errors} />
      </SpaceBetween>
    </Container>
  );
}
