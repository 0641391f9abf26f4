import { useState } from 'react';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { PERIODS, STATISTICS, type AlarmDraft, type DraftErrors } from './alarmDraft';
import { ConditionsPanel } from './ConditionsPanel';
import { MetricPicker } from './MetricPicker';
import { t } from '../i18n';

export interface StepProps {
  draft: AlarmDraft;
  update: (patch: Partial<AlarmDraft>) => void;
  errors: DraftErrors;
}

const option = (value: string) => ({ value, label: value });

function KeyValue({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Box variant="awsui-key-label">{label}</Box>
      <div>{value}</div>
    </div>
  );
}

/** Step 1: pick the metric in the picker, then its statistic, period and the conditions. */
export function MetricStep({ draft, update, errors, region }: StepProps & { region: string }) {
  const [picking, setPicking] = useState(false);
  return (
    <SpaceBetween size="l">
      <Container
        header={
          <Header variant="h2" actions={draft.metricSelected && <Button onClick={() => setPicking(true)}>{t('Edit')}</Button>}>
            {t('Metric')}
          </Header>
        }
      >
        {draft.metricSelected ? (
          <SpaceBetween size="l">
            <Box color="text-body-secondary">
              {t('Graph: this alarm triggers when the line of EstimatedCharges crosses the threshold. No data points yet.')}
            </Box>
            <ColumnLayout columns={3} variant="text-grid">
              <KeyValue label={t('Namespace')} value="AWS/Billing" />
              <KeyValue label={t('Metric name')} value="EstimatedCharges" />
              <KeyValue label={t('Currency')} value="USD" />
            </ColumnLayout>
            <ColumnLayout columns={2}>
              <FormField label={t('Statistic')}>
                <Select
                  selectedOption={option(draft.statistic)}
                  options={STATISTICS.map(option)}
                  onChange={(event) => update({ statistic: event.detail.selectedOption.value ?? 'Maximum' })}
                />
              </FormField>
              <FormField label={t('Period')}>
                <Select
                  selectedOption={option(draft.period)}
                  options={PERIODS.map(option)}
                  onChange={(event) => update({ period: event.detail.selectedOption.value ?? t('6 hours') })}
                />
              </FormField>
            </ColumnLayout>
          </SpaceBetween>
        ) : (
          <FormField label={t('Graph')} description={t('Preview of the metric or metric expression and the alarm threshold.')} errorText={errors.metric}>
            <Box textAlign="center" padding="l">
              <Button onClick={() => setPicking(true)}>{t('Select metric')}</Button>
            </Box>
          </FormField>
        )}
      </Container>
      {draft.metricSelected && <ConditionsPanel draft={draft} update={update} errors={errors} />}
      {picking && (
        <MetricPicker
          region={region}
          onCancel={() => setPicking(false)}
          onSelect={() => {
            update({ metricSelected: true });
            setPicking(false);
          }}
        />
      )}
    </SpaceBetween>
  );
}
