import { useState } from 'react';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { usePracticeState } from '../state/store';
import { emailList, topicErrors, type DraftErrors } from './alarmDraft';
import type { StepProps } from './MetricStep';
import { t } from '../i18n';

/** The fields under the SNS topic choice: a topic select, a new topic with emails, or an ARN. */
export function TopicFields({ draft, update, errors }: StepProps) {
  const state = usePracticeState();
  const [createErrors, setCreateErrors] = useState<DraftErrors>({});
  const topics = [...new Set(state.alarms.map((a) => a.topicName).filter((t): t is string => !!t))];
  const shown = { ...createErrors, ...errors };

  if (draft.topicMode === 'existing') {
    return (
      <FormField label={t('Send a notification to...')} errorText={shown.topic}>
        <Select
          selectedOption={draft.existingTopic ? { value: draft.existingTopic, label: draft.existingTopic } : null}
          options={topics.map((t) => ({ value: t, label: t }))}
          placeholder={topics.length ? t('Select an SNS topic') : t('No SNS topics')}
          empty={t('No SNS topics in this Region. Create a new topic.')}
          onChange={(event) => update({ existingTopic: event.detail.selectedOption.value ?? '' })}
        />
      </FormField>
    );
  }
  if (draft.topicMode === 'arn') {
    return (
      <FormField label={t('Topic ARN')} description={t('The ARN of an SNS topic, possibly in another account.')} errorText={shown.topic}>
        <Input
          value={draft.topicArn}
          placeholder="arn:aws:sns:us-east-1:123456789012:MyTopic"
          onChange={(event) => update({ topicArn: event.detail.value })}
        />
      </FormField>
    );
  }

  function createTopic() {
    const found = topicErrors({ ...draft, topicCreated: true });
    setCreateErrors(found);
    if (!Object.keys(found).length) update({ topicCreated: true });
  }

  return (
    <SpaceBetween size="l">
      <FormField label={t('Create a new topic…')} description={t('The topic name must be unique.')} errorText={shown.topic}>
        <Input
          value={draft.newTopicName}
          onChange={(event) => {
            setCreateErrors({});
            update({ newTopicName: event.detail.value, topicCreated: false });
          }}
        />
      </FormField>
      <FormField
        label={t('Email endpoints that will receive the notification…')}
        description={t('Add a comma-separated list of email addresses. Each address will be added as a subscription to the topic above.')}
        errorText={shown.emails}
      >
        <Input
          type="email"
          value={draft.emails}
          placeholder="user1@example.com, user2@example.com"
          onChange={(event) => {
            setCreateErrors({});
            update({ emails: event.detail.value, topicCreated: false });
          }}
        />
      </FormField>
      {draft.topicCreated ? (
        <SpaceBetween size="xxs">
          <StatusIndicator type="success">Topic {draft.newTopicName} created</StatusIndicator>
          <Box color="text-body-secondary">
            A subscription confirmation email goes to {emailList(draft.emails).join(', ')}. The notification works after the
            subscription is confirmed.
          </Box>
        </SpaceBetween>
      ) : (
        <Box>
          <Button onClick={createTopic}>{t('Create topic')}</Button>
        </Box>
      )}
    </SpaceBetween>
  );
}
