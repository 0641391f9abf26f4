import type { ReactNode } from 'react';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { COMPARISONS, draftToAlarm, type AlarmDraft } from './alarmDraft';
import { t } from '../i18n';

function Item({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div>
      <Box variant="awsui-key-label">{label}</Box>
      <div>{value || '-'}</div>
    </div>
  );
}

function Section({ step, title, onEdit, children }: { step: number; title: string; onEdit: (s: number) => void; children: ReactNode }) {
  return (
    <SpaceBetween size="xs">
      <Header variant="h3" actions={<Button onClick={() => onEdit(step)}>{t('Edit')}</Button>}>
        {`Step ${step + 1}: ${title}`}
      </Header>
      <Container>{children}</Container>
    </SpaceBetween>
  );
}

/** Step 4: everything the alarm will be created with, with Edit links back to each step. */
export function PreviewStep({ draft, onEdit }: { draft: AlarmDraft; onEdit: (step: number) => void }) {
  const alarm = draftToAlarm(draft);
  const comparison = COMPARISONS.find((c) => c.value === draft.comparison);
  return (
    <SpaceBetween size="l">
      <Section step={0} title={t('Specify metric and conditions')} onEdit={onEdit}>
        <ColumnLayout columns={3} variant="text-grid">
          <Item label={t('Namespace')} value="AWS/Billing" />
          <Item label={t('Metric name')} value="EstimatedCharges" />
          <Item label={t('Currency')} value="USD" />
          <Item label={t('Statistic')} value={draft.statistic} />
          <Item label={t('Period')} value={draft.period} />
          <Item label={t('Threshold type')} value="Static" />
          <Item label={t('Whenever EstimatedCharges is...')} value={`${comparison?.label ?? draft.comparison} than ${draft.threshold} USD`} />
          <Item label={t('Datapoints to alarm')} value="1 out of 1" />
          <Item label={t('Missing data treatment')} value="Treat missing data as missing" />
        </ColumnLayout>
      </Section>
      <Section step={1} title={t('Configure actions')} onEdit={onEdit}>
        {draft.notification ? (
          <ColumnLayout columns={3} variant="text-grid">
            <Item label={t('Alarm state trigger')} value={draft.trigger} />
            <Item label={t('SNS topic')} value={alarm.topicName} />
            <Item label={t('Email endpoints')} value={alarm.emails.join(', ')} />
          </ColumnLayout>
        ) : (
          <Box color="text-body-secondary">{t('No actions')}</Box>
        )}
      </Section>
      <Section step={2} title={t('Add name and description')} onEdit={onEdit}>
        <ColumnLayout columns={2} variant="text-grid">
          <Item label={t('Alarm name')} value={alarm.name} />
          <Item label={t('Alarm description')} value={alarm.description} />
        </ColumnLayout>
      </Section>
    </SpaceBetween>
  );
}
