import { useState } from 'react';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Modal from '@cloudscape-design/components/modal';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Tabs from '@cloudscape-design/components/tabs';
import { usePracticeState } from '../state/store';
import { BrowseLevel } from './BrowseLevel';
import { t } from '../i18n';

interface MetricPickerProps {
  region: string;
  onCancel: () => void;
  onSelect: () => void;
}

/**
 * The Select metric modal. Billing metrics exist only in us-east-1 and only after billing alerts
 * are turned on in Billing preferences, so the Billing namespace is missing otherwise.
 */
export function MetricPicker({ region, onCancel, onSelect }: MetricPickerProps) {
  const state = usePracticeState();
  const billingAvailable = state.billing.billingAlertsEnabled && region === 'us-east-1';
  const [selected, setSelected] = useState(false);

  const browse = billingAvailable ? (
    <BrowseLevel selected={selected} onSelectedChange={setSelected} />
  ) : (
    <SpaceBetween size="m">
      <Box variant="h3">{t('Metrics (0)')}</Box>
      <Alert type="info" header={t('No billing metrics')}>
        {t('Billing metrics are available only in US East (N. Virginia) after you turn on billing alerts in Billing preferences.')}
      </Alert>
    </SpaceBetween>
  );

  return (
    <Modal
      visible
      size="max"
      onDismiss={onCancel}
      header={t('Select metric')}
      closeAriaLabel={t('Close modal')}
      footer={
        <Box float="right">
          <SpaceBetween direction="horizontal" size="xs">
            <Button variant="link" onClick={onCancel}>
              {t('Cancel')}
            </Button>
            <Button variant="primary" disabled={!selected} onClick={onSelect}>
              {t('Select metric')}
            </Button>
          </SpaceBetween>
        </Box>
      }
    >
      <SpaceBetween size="l">
        <Box color="text-body-secondary" textAlign="center" padding="l">
          {selected ? t('EstimatedCharges (USD): no data points yet.') : t('Your CloudWatch graph is empty. Select some metrics to appear here.')}
        </Box>
        <Tabs
          tabs={[
            { id: 'browse', label: 'Browse', content: browse },
            {
              id: 'query',
              label: t('Multi source query'),
              content: <Box color="text-body-secondary">{t('Metric queries are not simulated in the practice console. Use Browse.')}</Box>,
            },
          ]}
        />
      </SpaceBetween>
    </Modal>
  );
}
