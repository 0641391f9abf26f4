import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import RadioGroup from '@cloudscape-design/components/radio-group';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Tiles from '@cloudscape-design/components/tiles';
import { COMPARISONS } from './alarmDraft';
import type { StepProps } from './MetricStep';
import { t } from '../i18n';

/** Step 1's Conditions container: threshold type, comparison and the threshold in USD. */
export function ConditionsPanel({ draft, update, errors }: StepProps) {
  return (
    <Container header={<Header variant="h2">{t('Conditions')}</Header>}>
      <SpaceBetween size="l">
        <FormField label={t('Threshold type')} errorText={errors.thresholdType} stretch>
          <Tiles
            value={draft.thresholdType}
            onChange={(event) => update({ thresholdType: event.detail.value === 'anomaly' ? 'anomaly' : 'static' })}
            items={[
              { value: 'static', label: 'Static', description: t('Use a value as a threshold') },
              { value: 'anomaly', label: t('Anomaly detection'), description: t('Use a band as a threshold') },
            ]}
          />
        </FormField>
        <FormField label={t('Whenever EstimatedCharges is...')} description={t('Define the alarm condition.')}>
          <RadioGroup
            value={draft.comparison}
            onChange={(event) => update({ comparison: event.detail.value })}
            items={COMPARISONS.map((c) => ({ value: c.value, label: c.label, description: `${c.symbol} threshold` }))}
          />
        </FormField>
        <FormField label={t('than...')} description={t('Define the threshold value.')} errorText={errors.threshold} constraintText={t('Must be a number.')}>
          <SpaceBetween direction="horizontal" size="xs" alignItems="center">
            <Input
              type="number"
              inputMode="decimal"
              value={draft.threshold}
              placeholder="10"
              onChange={(event) => update({ threshold: event.detail.value })}
              invalid={!!errors.threshold}
            />
            <Box>{t('USD')}</Box>
          </SpaceBetween>
        </FormField>
        <ExpandableSection headerText={t('Additional configuration')}>
          <SpaceBetween size="s">
            <FormField label={t('Datapoints to alarm')} description={t('Define the number of datapoints within the evaluation period that must be breaching to cause the alarm to go to ALARM state.')}>
              <Box>{t('1 out of 1')}</Box>
            </FormField>
            <FormField label={t('Missing data treatment')} description={t('How to treat missing data when evaluating the alarm.')}>
              <Box>{t('Treat missing data as missing')}</Box>
            </FormField>
          </SpaceBetween>
        </ExpandableSection>
      </SpaceBetween>
    </Container>
  );
}
