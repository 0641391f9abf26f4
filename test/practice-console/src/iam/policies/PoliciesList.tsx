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

type Policy = (typeof MANAGED_POLICIES)[number];

export function PoliciesList({ path }: { path: string }) {
  const state = usePracticeState();
  const [filter, setFilter] = useState('');
  const usedBy = (name: string) =>
    state.users.filter((u) => u.policies.includes(name)).length + state.groups.filter((g) => g.policies.includes(name)).length;
  const items = MANAGED_POLICIES.filter((p) => p.name.toLowerCase().includes(filter.trim().toLowerCase()));
  return (
    <IamPage path={path} contentType="table" breadcrumbs={[{ text: 'Policies', href: '#/policies' }]}>
      <Table<Policy>
        variant="full-page"
        items={items}
        trackBy="name"
        header={
          <Header
            variant="awsui-h1-sticky"
            counter={`(${MANAGED_POLICIES.length})`}
            info={<Link variant="info">Info</Link>}
            description="A policy is an object in AWS that defines permissions."
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button disabled>Delete</Button>
                <Button variant="primary" disabled>
                  Create policy
                </Button>
              </SpaceBetween>
            }
          >
            Policies
          </Header>
        }
        filter={<TextFilter filteringText={filter} filteringPlaceholder="Filter by property or policy name and press enter" filteringAriaLabel="Filter policies" onChange={(e) => setFilter(e.detail.filteringText)} />}
        columnDefinitions={[
          {
            id: 'name',
            header: 'Policy name',
            cell: (p) => {
              const href = `#/policies/details/${encodeURIComponent(policyArn(p.name))}`;
              return (
                <Link href={href} onFollow={(e) => (e.preventDefault(), navigate(href))}>
                  {p.name}
                </Link>
              );
            },
          },
          { id: 'type', header: 'Type', cell: (p) => p.type },
          { id: 'used', header: 'Used as', cell: (p) => (usedBy(p.name) ? `Permissions policy (${usedBy(p.name)})` : 'None') },
          { id: 'description', header: 'Description', cell: (p) => p.description },
        ]}
      />
    </IamPage>
  );
}
