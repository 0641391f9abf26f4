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
import { t } from '../../i18n';

export function GroupsList({ path }: { path: string }) {
  const state = usePracticeState();
  const [filter, setFilter] = useState('');
  const [selected, setSelected] = useState<UserGroup | null>(null);
  const [deleting, setDeleting] = useState(false);
  const items = state.groups.filter((g) => g.name.toLowerCase().includes(filter.trim().toLowerCase()));
  const create = (
    <Button variant="primary" onClick={() => navigate('#/groups/create')}>
      {t('Create group')}
    </Button>
  );
  return (
    <IamPage path={path} contentType="table" breadcrumbs={[{ text: t('User groups'), href: '#/groups' }]}>
      <Table<UserGroup>
        variant="full-page"
        items={items}
        trackBy="name"
        selectionType="single"
        selectedItems={selected ? [selected] : []}
        onSelectionChange={(e) => setSelected(e.detail.selectedItems[0] ?? null)}
        ariaLabels={{ itemSelectionLabel: (_s, g) => g.name, selectionGroupLabel: t('User groups') }}
        header={
          <Header
            variant="awsui-h1-sticky"
            counter={`(${state.groups.length})`}
            info={<Link variant="info">{t('Info')}</Link>}
            description={t('A user group is a collection of IAM users. Use groups to specify permissions for a collection of users.')}
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button disabled={!selected} onClick={() => setDeleting(true)}>
                  {t('Delete')}
                </Button>
                {create}
              </SpaceBetween>
            }
          >
            {t('User groups')}
          </Header>
        }
        filter={<TextFilter filteringText={filter} filteringPlaceholder={t('Search')} filteringAriaLabel={t('Search user groups')} onChange={(e) => setFilter(e.detail.filteringText)} />}
        columnDefinitions={[
          {
            id: 'name',
            header: t('Group name'),
            cell: (g) => (
              <Link href={`#/groups/details/${encodeURIComponent(g.name)}`} onFollow={(e) => (e.preventDefault(), navigate(`#/groups/details/${encodeURIComponent(g.name)}`))}>
                {g.name}
              </Link>
            ),
          },
          { id: 'users', header: t('Users'), cell: (g) => state.users.filter((u) => u.groups.includes(g.name)).length },
          { id: 'permissions', header: t('Permissions'), cell: (g) => (g.policies.length ? t('Defined') : t('Not defined')) },
          { id: 'created', header: t('Creation time'), cell: (g) => formatDate(g.createdAt) },
        ]}
        empty={
          <SpaceBetween size="s" alignItems="center">
            <Box variant="strong">{t('No resources to display')}</Box>
            {create}
          </SpaceBetween>
        }
      />
      {deleting && selected && (
        <ConfirmDeleteModal
          name={selected.name}
          description={t('Delete {name} permanently? Its users lose the permissions the group gives them.', { name: selected.name })}
          confirmLabel={t('Delete')}
          onClose={() => setDeleting(false)}
          onConfirm={async () => {
            const outcome = await dispatch({ type: 'deleteGroup', name: selected.name });
            if (!outcome.ok) return outcome.error;
            pushFlash({ type: 'success', route: '/groups', header: t('{name} user group deleted.', { name: selected.name }) });
            setSelected(null);
            return null;
          }}
        />
      )}
    </IamPage>
  );
}
