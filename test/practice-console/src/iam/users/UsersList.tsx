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
import { t } from '../../i18n';

export function UsersList({ path }: { path: string }) {
  const state = usePracticeState();
  const [filter, setFilter] = useState('');
  const [selected, setSelected] = useState<IamUser | null>(null);
  const [deleting, setDeleting] = useState(false);
  const items = state.users.filter((u) => u.name.toLowerCase().includes(filter.trim().toLowerCase()));
  const create = (
    <Button variant="primary" onClick={() => navigate('#/users/create')}>
      {t('Create user')}
    </Button>
  );
  return (
    <IamPage path={path} contentType="table" breadcrumbs={[{ text: t('Users'), href: '#/users' }]}>
      <Table<IamUser>
        variant="full-page"
        items={items}
        trackBy="name"
        selectionType="single"
        selectedItems={selected ? [selected] : []}
        onSelectionChange={(e) => setSelected(e.detail.selectedItems[0] ?? null)}
        ariaLabels={{ itemSelectionLabel: (_s, u) => u.name, selectionGroupLabel: t('Users') }}
        header={
          <Header
            variant="awsui-h1-sticky"
            counter={`(${state.users.length})`}
            info={<Link variant="info">{t('Info')}</Link>}
            description={t('An IAM user is an identity with long-term credentials that is used to interact with AWS in an account.')}
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button disabled={!selected} onClick={() => setDeleting(true)}>
                  {t('Delete')}
                </Button>
                {create}
              </SpaceBetween>
            }
          >
            {t('Users')}
          </Header>
        }
        filter={<TextFilter filteringText={filter} filteringPlaceholder={t('Search')} filteringAriaLabel={t('Search users')} onChange={(e) => setFilter(e.detail.filteringText)} />}
        columnDefinitions={[
          {
            id: 'name',
            header: t('User name'),
            cell: (u) => (
              <Link href={`#/users/details/${encodeURIComponent(u.name)}`} onFollow={(e) => (e.preventDefault(), navigate(`#/users/details/${encodeURIComponent(u.name)}`))}>
                {u.name}
              </Link>
            ),
          },
          { id: 'path', header: t('Path'), cell: () => '/' },
          { id: 'groups', header: t('Groups'), cell: (u) => (u.groups.length ? u.groups.join(', ') : t('None')) },
          { id: 'activity', header: t('Last activity'), cell: (u) => (u.lastConsoleSignIn ? formatAge(u.lastConsoleSignIn) : t('Never')) },
          { id: 'mfa', header: t('MFA'), cell: (u) => (u.mfaDevices.length ? t('Virtual') : '-') },
          { id: 'password', header: t('Password age'), cell: (u) => (u.consoleAccess ? formatAge(u.createdAt) : t('None')) },
          { id: 'signin', header: t('Console last sign-in'), cell: (u) => (u.lastConsoleSignIn ? formatAge(u.lastConsoleSignIn) : t('Never')) },
          { id: 'key', header: t('Access key ID'), cell: (u) => u.accessKeys[0]?.id ?? '-' },
        ]}
        empty={
          <SpaceBetween size="s" alignItems="center">
            <Box variant="strong">{t('No resources to display')}</Box>
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
