import { useState } from 'react';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { formatDate } from '../layout/format';
import type { BillingAlarm } from '../state/model';
import { usePracticeState } from '../state/store';
import { conditionText } from './alarmDraft';
import { t } from '../i18n';

const create = () => (window.location.hash = '#alarmsV2:create');

/** `#alarmsV2:`: the alarms table. New alarms have no data yet, so they are "Insufficient data". */
export function AlarmsList({ inAlarm, region }: { inAlarm: boolean; region: string }) {
  const state = usePracticeState();
  const [filter, setFilter] = useState('');
  // Every practice alarm is a billing alarm, and those live in us-east-1 only; none is in ALARM.
  const all = region === 'us-east-1' && !inAlarm ? state.alarms : [];
  const items = all.filter((a) => a.name.toLowerCase().includes(filter.toLowerCase()));

  return (
    <Table<BillingAlarm>
      variant="full-page"
      items={items}
      trackBy="name"
      header={
        <Header
          variant="awsui-h1-sticky"
          counter={`(${all.length})`}
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button iconName="refresh" ariaLabel={t('Refresh')} />
              <Button disabled>{t('Actions')}</Button>
              <Button variant="primary" onClick={create}>
                {t('Create alarm')}
              </Button>
            </SpaceBetween>
          }
        >
          {t('Alarms')}
        </Header>
      }
      filter={
        <TextFilter
          filteringText={filter}
          filteringPlaceholder={t('Search')}
          filteringAriaLabel={t('Filter alarms')}
          countText={items.length === 1 ? t('1 match') : t('{count} matches', { count: items.length })}
          onChange={(event) => setFilter(event.detail.filteringText)}
        />
      }
      columnDefinitions={[
        { id: 'name', header: t('Name'), cell: (a) => <Link href="#alarmsV2:">{a.name}</Link> },
        { id: 'state', header: t('State'), cell: () => <StatusIndicator type="stopped">{t('Insufficient data')}</StatusIndicator> },
        { id: 'updated', header: t('Last state update'), cell: (a) => formatDate(a.createdAt) },
        { id: 'conditions', header: t('Conditions'), cell: (a) => conditionText(a) },
        {
          id: 'actions',
          header: t('Actions'),
          cell: (a) =>
            a.emails.length ? (
              <StatusIndicator type="warning">{t('Pending confirmation')}</StatusIndicator>
            ) : (
              <StatusIndicator type="success">{t('Actions enabled')}</StatusIndicator>
            ),
        },
      ]}
      empty={
        <Box textAlign="center" color="inherit">
          <SpaceBetween size="m">
            <b>{t('No alarms')}</b>
            <Box color="inherit">{t('No alarms to display.')}</Box>
            <Button onClick={create}>{t('Create alarm')}</Button>
          </SpaceBetween>
        </Box>
      }
    />
  );
}
