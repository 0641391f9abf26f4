import { useState } from 'react';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import TextFilter from '@cloudscape-design/components/text-filter';
import type { IamUser } from '../../state/model';
import { usePracticeState } from '../../state/store';
import { navigate } from '../../routing';
import { formatAge } from '../../layout/format';
import { IamPage } from '../IamPage';
import { DeleteUserModal } from './DeleteUserModal';

export function UsersList({ path }: { path: string }) {
  const state = usePracticeState();
  const [filter, setFilter] = useState('');
  const [selected, setSelected] = useState<IamUser | null>(null);
  const [deleting, setDeleting] = useState(false);
  const items = state.users.filter((u) => u.name.toLowerCase().includes(filter.trim().toLowerCase()));
  const create = (
    <Button variant="primary" onClick={() => navigate('#/users/create')}>
      Create user
    </Button>
  );
  return (
    <IamPage path={path} contentType="table" breadcrumbs={[{ text: 'Users', href: '#/users' }]}>
      <Table<IamUser>
        variant="full-page"
        items={items}
        trackBy="name"
        selectionType="single"
        selectedItems={selected ? [selected] : []}
        onSelectionChange={(e) => setSelected(e.detail.selectedItems[0] ?? null)}
        ariaLabels={{ itemSelectionLabel: (_s, u) => u.name, selectionGroupLabel: 'Users' }}
        header={
          <Header
            variant="awsui-h1-sticky"
            counter={`(${state.users.length})`}
            info={<Link variant="info">Info</Link>}
            description="An IAM user is an identity with long-term credentials that is used to interact with AWS in an account."
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button disabled={!selected} onClick={() => setDeleting(true)}>
                  Delete
                </Button>
                {create}
              </SpaceBetween>
            }
          >
            Users
          </Header>
        }
        filter={<TextFilter filteringText={filter} filteringPlaceholder="Search" filteringAriaLabel="Search users" onChange={(e) => setFilter(e.detail.filteringText)} />}
        columnDefinitions={[
          {
            id: 'name',
            header: 'User name',
            cell: (u) => (
              <Link href={`#/users/details/${encodeURIComponent(u.name)}`} onFollow={(e) => (e.preventDefault(), navigate(`#/users/details/${encodeURIComponent(u.name)}`))}>
                {u.name}
              </Link>
            ),
          },
          { id: 'path', header: 'Path', cell: () => '/' },
          { id: 'groups', header: 'Groups', cell: (u) => (u.groups.length ? u.groups.join(', ') : 'None') },
          { id: 'activity', header: 'Last activity', cell: (u) => (u.lastConsoleSignIn ? formatAge(u.lastConsoleSignIn) : 'Never') },
          { id: 'mfa', header: 'MFA', cell: (u) => (u.mfaDevices.length ? 'Virtual' : '-') },
          { id: 'password', header: 'Password age', cell: (u) => (u.consoleAccess ? formatAge(u.createdAt) : 'None') },
          { id: 'signin', header: 'Console last sign-in', cell: (u) => (u.lastConsoleSignIn ? formatAge(u.lastConsoleSignIn) : 'Never') },
          { id: 'key', header: 'Access key ID', cell: (u) => u.accessKeys[0]?.id ?? '-' },
        ]}
        empty={
          <SpaceBetween size="s" alignItems="center">
            <Box variant="strong">No resources to display</Box>
            {create}
          </SpaceBetween>
        }
      />
      {deleting && selected && (
        <DeleteUserModal
          userName={selected.name}
          onClose={() => setDeleting(false)}
          onDeleted={() => {
            setSelected(null);
          }}
        />
      )}
    </IamPage>
  );
}
