import { useState } from 'react';
import Header from '@cloudscape-design/components/header';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import Button from '@cloudscape-design/components/button';
import { MANAGED_POLICIES } from '../state/model';
import { usePracticeState } from '../state/store';
import { t } from '../i18n';

type Policy = (typeof MANAGED_POLICIES)[number];
/** A managed policy's type as the console shows it in the page's language. */
export function policyTypeLabel(type: string): string {
  if (type === 'AWS managed') return t('AWS managed');
  if (type === 'AWS managed - job function') return t('AWS managed - job function');
  if (type === 'Group') return t('Group');
  return type;
}

const TYPE_OPTIONS = [
  { value: 'all', label: t('All types') },
  { value: 'AWS managed', label: policyTypeLabel('AWS managed') },
  { value: 'AWS managed - job function', label: policyTypeLabel('AWS managed - job function') },
];

interface PoliciesTableProps {
  title: string;
  description?: string;
  selected: string[];
  onChange: (names: string[]) => void;
}

/** The managed-policy picker the console shows in Create user, Create user group and its modal. */
export function PoliciesTable({ title, description, selected, onChange }: PoliciesTableProps) {
  const state = usePracticeState();
  const [filter, setFilter] = useState('');
  const [type, setType] = useState(TYPE_OPTIONS[0]!);
  const attachedCount = (name: string) =>
    state.users.filter((u) => u.policies.includes(name)).length + state.groups.filter((g) => g.policies.includes(name)).length;
  const items = MANAGED_POLICIES.filter(
    (p) => p.name.toLowerCase().includes(filter.trim().toLowerCase()) && (type.value === 'all' || p.type === type.value),
  );
  return (
    <Table<Policy>
      variant="container"
      items={items}
      trackBy="name"
      selectionType="multi"
      selectedItems={MANAGED_POLICIES.filter((p) => selected.includes(p.name))}
      onSelectionChange={(event) => onChange(event.detail.selectedItems.map((p) => p.name))}
      ariaLabels={{
        selectionGroupLabel: t('Policy selection'),
        allItemsSelectionLabel: () => t('Select all policies'),
        itemSelectionLabel: (_selection, item) => item.name,
      }}
      header={
        <Header
          counter={`(${selected.length}/${MANAGED_POLICIES.length})`}
          description={description}
          actions={<Button disabled>{t('Create policy')}</Button>}
        >
          {title}
        </Header>
      }
      filter={
        <SpaceBetween direction="horizontal" size="xs">
          <TextFilter filteringText={filter} filteringPlaceholder={t('Search')} filteringAriaLabel={t('Search policies')} onChange={(e) => setFilter(e.detail.filteringText)} />
          <Select
            selectedOption={type}
            options={TYPE_OPTIONS}
            ariaLabel={t('Filter by Type')}
            onChange={(e) => setType(TYPE_OPTIONS.find((o) => o.value === e.detail.selectedOption.value) ?? TYPE_OPTIONS[0]!)}
          />
        </SpaceBetween>
      }
      columnDefinitions={[
        { id: 'name', header: t('Policy name'), cell: (p) => p.name },
        { id: 'type', header: t('Type'), cell: (p) => policyTypeLabel(p.type) },
        { id: 'attached', header: t('Attached entities'), cell: (p) => attachedCount(p.name) },
      ]}
      empty={t('No policies match the filter.')}
    />
  );
}
