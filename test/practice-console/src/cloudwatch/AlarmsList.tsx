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
              <Button iconName="refresh" ariaLabel="Refresh" />
              <Button disabled>Actions</Button>
              <Button variant="primary" onClick={create}>
                Create alarm
              </Button>
            </SpaceBetween>
          }
        >
          Alarms
        </Header>
      }
      filter={
        <TextFilter
          filteringText={filter}
          filteringPlaceholder="Search"
          filteringAriaLabel="Filter alarms"
          countText={`${items.length} match${items.length === 1 ? '' : 'es'}`}
          onChange={(event) => setFilter(event.detail.filteringText)}
        />
      }
      columnDefinitions={[
        { id: 'name', header: 'Name', cell: (a) => <Link href="#alarmsV2:">{a.name}</Link> },
        { id: 'state', header: 'State', cell: () => <StatusIndicator type="stopped">Insufficient data</StatusIndicator> },
        { id: 'updated', header: 'Last state update', cell: (a) => formatDate(a.createdAt) },
        { id: 'conditions', header: 'Conditions', cell: (a) => conditionText(a) },
        {
          id: 'actions',
          header: 'Actions',
          cell: (a) =>
            a.emails.length ? (
              <StatusIndicator type="warning">Pending confirmation</StatusIndicator>
            ) : (
              <StatusIndicator type="success">Actions enabled</StatusIndicator>
            ),
        },
      ]}
      empty={
        <Box textAlign="center" color="inherit">
          <SpaceBetween size="m">
            <b>No alarms</b>
            <Box color="inherit">No alarms to display.</Box>
            <Button onClick={create}>Create alarm</Button>
          </SpaceBetween>
        </Box>
      }
    />
  );
}
