import { useState } from 'react';
import BreadcrumbGroup from '@cloudscape-design/components/breadcrumb-group';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import Tiles from '@cloudscape-design/components/tiles';
import { variants } from '../pageVariants';
import { t } from '../i18n';

type Level = 'namespaces' | 'billing' | 'total';
const ROW = { metric: 'EstimatedCharges', currency: 'USD' };

/**
 * One Browse item (a namespace, a metric group). The documentation names the words, not the
 * element: a link in one console version can be a button or a tile in another
 * (`metric-picker=links|buttons|tiles`, real-console-2026.md §6).
 */
function Choice({ label, count, onOpen }: { label: string; count: number; onOpen: () => void }) {
  if (variants.metricPicker === 'tiles') {
    return (
      <Tiles
        ariaLabel={label}
        value={null}
        columns={1}
        items={[{ value: label, label, description: `${count} ${count === 1 ? 'metric' : 'metrics'}` }]}
        onChange={() => onOpen()}
      />
    );
  }
  return (
    <SpaceBetween direction="horizontal" size="xs" alignItems="center">
      {variants.metricPicker === 'buttons' ? (
        <Button variant="normal" onClick={onOpen}>
          {label}
        </Button>
      ) : (
        <Link
          href="#"
          onFollow={(event) => {
            event.preventDefault();
            onOpen();
          }}
        >
          {label}
        </Link>
      )}
      <Box color="text-body-secondary">{count}</Box>
    </SpaceBetween>
  );
}

/** The Browse tab: namespaces → Billing → Total Estimated Charge → the EstimatedCharges row. */
export function BrowseLevel({ selected, onSelectedChange }: { selected: boolean; onSelectedChange: (v: boolean) => void }) {
  const [level, setLevel] = useState<Level>('namespaces');
  const crumbs = [{ text: 'All', href: 'namespaces' }];
  if (level !== 'namespaces') crumbs.push({ text: t('Billing'), href: 'billing' });
  if (level === 'total') crumbs.push({ text: t('Total Estimated Charge'), href: 'total' });

  return (
    <SpaceBetween size="m">
      <BreadcrumbGroup
        ariaLabel={t('Metric namespaces')}
        items={crumbs}
        onFollow={(event) => {
          event.preventDefault();
          setLevel(event.detail.href as Level);
        }}
      />
      {level === 'namespaces' && (
        <SpaceBetween size="s">
          <Box variant="h3">{t('AWS namespaces')}</Box>
          <ColumnLayout columns={4}>
            <Choice label={t('Billing')} count={1} onOpen={() => setLevel('billing')} />
          </ColumnLayout>
        </SpaceBetween>
      )}
      {level === 'billing' && (
        <ColumnLayout columns={4}>
          <Choice label={t('Total Estimated Charge')} count={1} onOpen={() => setLevel('total')} />
        </ColumnLayout>
      )}
      {level === 'total' && (
        <Table
          variant="embedded"
          header={<Box variant="h3">{t('Metrics (1)')}</Box>}
          selectionType="multi"
          items={[ROW]}
          trackBy="metric"
          selectedItems={selected ? [ROW] : []}
          onSelectionChange={(event) => onSelectedChange(event.detail.selectedItems.length > 0)}
          ariaLabels={{
            itemSelectionLabel: (_, item) => item.metric,
            allItemsSelectionLabel: () => t('Select all metrics'),
            selectionGroupLabel: t('Metric selection'),
          }}
          columnDefinitions={[
            { id: 'currency', header: 'Currency', cell: (item) => item.currency },
            { id: 'metric', header: t('Metric name'), cell: (item) => item.metric },
          ]}
        />
      )}
    </SpaceBetween>
  );
}
