import { useState } from 'react';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import type { UserGroup } from '../../state/model';
import { dispatch, usePracticeState } from '../../state/store';
import { navigate } from '../../routing';
import { pushFlash } from '../../layout/flash';
import { formatDate } from '../../layout/format';
import { IamPage } from '../IamPage';
import { ConfirmDeleteModal } from '../ConfirmDeleteModal';

export function GroupsList({ path }: { path: string }) {
  const state = usePracticeState();
  const [filter, setFilter] = useState('');
  const [selected, setSelected] = useState<UserGroup | null>(null);
  const [deleting, setDeleting] = useState(false);
  const items = state.groups.filter((g) => g.name.toLowerCase().includes(filter.trim().toLowerCase()));
  const create = (
    <Button variant="primary" onClick={() => navigate('#/groups/create')}>
      Create group
    </Button>
  );
  return (
    <IamPage path={path} contentType="table" breadcrumbs={[{ text: 'User groups', href: '#/groups' }]}>
      <Table<UserGroup>
        variant="full-page"
        items={items}
        trackBy="name"
        selectionType="single"
        selectedItems={selected ? [selected] : []}
        onSelectionChange={(e) => setSelected(e.detail.selectedItems[0] ?? null)}
        ariaLabels={{ itemSelectionLabel: (_s, g) => g.name, selectionGroupLabel: 'User groups' }}
        header={
          <Header
            variant="awsui-h1-sticky"
            counter={`(${state.groups.length})`}
            info={<Link variant="info">Info</Link>}
            description="A user group is a collection of IAM users. Use groups to specify permissions for a collection of users."
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button disabled={!selected} onClick={() => setDeleting(true)}>
                  Delete
                </Button>
                {create}
              </SpaceBetween>
            }
          >
            User groups
          </Header>
        }
        filter={<TextFilter filteringText={filter} filteringPlaceholder="Search" filteringAriaLabel="Search user groups" onChange={(e) => setFilter(e.detail.filteringText)} />}
        columnDefinitions={[
          {
            id: 'name',
            header: 'Group name',
            cell: (g) => (
              <Link href={`#/groups/details/${encodeURIComponent(g.name)}`} onFollow={(e) => (e.preventDefault(), navigate(`#/groups/details/${encodeURIComponent(g.name)}`))}>
                {g.name}
              </Link>
            ),
          },
          { id: 'users', header: 'Users', cell: (g) => state.users.filter((u) => u.groups.includes(g.name)).length },
          { id: 'permissions', header: 'Permissions', cell: (g) => (g.policies.length ? 'Defined' : 'Not defined') },
          { id: 'created', header: 'Creation time', cell: (g) => formatDate(g.createdAt) },
        ]}
        empty={
          <SpaceBetween size="s" alignItems="center">
            <Box variant="strong">No resources to display</Box>
            {create}
          </SpaceBetween>
        }
      />
      {deleting && selected && (
        <ConfirmDeleteModal
          name={selected.name}
          description={`Delete ${selected.name} permanently? Its users lose the permissions the group gives them.`}
          confirmLabel="Delete"
          onClose={() => setDeleting(false)}
          onConfirm={async () => {
            const outcome = await dispatch({ type: 'deleteGroup', name: selected.name });
            if (!outcome.ok) return outcome.error;
            pushFlash({ type: 'success', route: '/groups', header: `${selected.name} user group deleted.` });
            setSelected(null);
            return null;
          }}
        />
      )}
    </IamPage>
  );
}
