import { useState } from 'react';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import { MANAGED_POLICIES, policyArn } from '../../state/model';
import { usePracticeState } from '../../state/store';
import { navigate } from '../../routing';
import { IamPage } from '../IamPage';
import { policyTypeLabel } from '../PoliciesTable';
import { t } from '../../i18n';

type Policy = (typeof MANAGED_POLICIES)[number];

export function PoliciesList({ path }: { path: string }) {
  const state = usePracticeState();
  const [filter, setFilter] = useState('');
  const usedBy = (name: string) =>
    state.users.filter((u) => u.policies.includes(name)).length + state.groups.filter((g) => g.policies.includes(name)).length;
  const items = MANAGED_POLICIES.filter((p) => p.name.toLowerCase().includes(filter.trim().toLowerCase()));
  return (
    <IamPage path={path} contentType="table" breadcrumbs={[{ text: t('Policies'), href: '#/policies' }]}>
      <Table<Policy>
        variant="full-page"
        items={items}
        trackBy="name"
        header={
          <Header
            variant="awsui-h1-sticky"
            counter={`(${MANAGED_POLICIES.length})`}
            info={<Link variant="info">{t('Info')}</Link>}
            description={t('A policy is an object in AWS that defines permissions.')}
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button disabled>{t('Delete')}</Button>
                <Button variant="primary" disabled>
                  {t('Create policy')}
                </Button>
              </SpaceBetween>
            }
          >
            {t('Policies')}
          </Header>
        }
        filter={<TextFilter filteringText={filter} filteringPlaceholder={t('Filter by property or policy name and press enter')} filteringAriaLabel={t('Filter policies')} onChange={(e) => setFilter(e.detail.filteringText)} />}
        columnDefinitions={[
          {
            id: 'name',
            header: t('Policy name'),
            cell: (p) => {
              const href = `#/policies/details/${encodeURIComponent(policyArn(p.name))}`;
              return (
                <Link href={href} onFollow={(e) => (e.preventDefault(), navigate(href))}>
                  {p.name}
                </Link>
              );
            },
          },
          { id: 'type', header: t('Type'), cell: (p) => policyTypeLabel(p.type) },
          { id: 'used', header: t('Used as'), cell: (p) => (usedBy(p.name) ? t('Permissions policy ({count})', { count: usedBy(p.name) }) : t('None')) },
          { id: 'description', header: t('Description'), cell: (p) => p.description },
        ]}
      />
    </IamPage>
  );
}
