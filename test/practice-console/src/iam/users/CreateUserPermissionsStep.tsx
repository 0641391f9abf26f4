import { useState } from 'react';
import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import Container from '@cloudscape-design/components/container';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import Tiles from '@cloudscape-design/components/tiles';
import type { IamUser, UserGroup } from '../../state/model';
import { usePracticeState } from '../../state/store';
import { formatDate } from '../../layout/format';
import { PoliciesTable } from '../PoliciesTable';
import { CreateGroupModal } from '../CreateGroupModal';
import type { CreateUserDraft } from './createUserDraft';
import { t } from '../../i18n';

interface Props {
  draft: CreateUserDraft;
  update: (patch: Partial<CreateUserDraft>) => void;
}

export function CreateUserPermissionsStep({ draft, update }: Props) {
  const state = usePracticeState();
  const [creatingGroup, setCreatingGroup] = useState(false);
  const [boundary, setBoundary] = useState(false);
  return (
    <SpaceBetween size="l">
      <Container
        header={
          <Header variant="h2" description={t("Add user to an existing group or create a new one. Using groups is a best-practice way to manage user's permissions by job functions.")}>
            {t('Permissions options')}
          </Header>
        }
      >
        <Tiles
          columns={3}
          value={draft.permissionsOption}
          onChange={(e) => update({ permissionsOption: e.detail.value as CreateUserDraft['permissionsOption'] })}
          items={[
            { value: 'group', label: t('Add user to group'), description: t('Add user to an existing group, or create a new group. We recommend using groups to manage user permissions by job function.') },
            { value: 'copy', label: t('Copy permissions'), description: t('Copy all group memberships, attached managed policies, and inline policies from an existing user.') },
            { value: 'policies', label: t('Attach policies directly'), description: t('Attach a managed policy directly to a user. As a best practice, we recommend attaching policies to a group instead. Then, add the user to the appropriate group.') },
          ]}
        />
      </Container>
      {draft.permissionsOption === 'group' && (
        <Table<UserGroup>
          variant="container"
          items={state.groups}
          trackBy="name"
          selectionType="multi"
          selectedItems={state.groups.filter((g) => draft.groups.includes(g.name))}
          onSelectionChange={(e) => update({ groups: e.detail.selectedItems.map((g) => g.name) })}
          ariaLabels={{ itemSelectionLabel: (_s, g) => g.name, allItemsSelectionLabel: () => t('Select all groups'), selectionGroupLabel: t('User groups') }}
          header={
            <Header counter={`(${state.groups.length})`} actions={<Button onClick={() => setCreatingGroup(true)}>{t('Create group')}</Button>}>
              {t('User groups')}
            </Header>
          }
          columnDefinitions={[
            { id: 'name', header: t('Group name'), cell: (g) => g.name },
            { id: 'users', header: t('Users'), cell: (g) => state.users.filter((u) => u.groups.includes(g.name)).length },
            { id: 'policies', header: t('Attached policies'), cell: (g) => (g.policies.length ? g.policies.join(', ') : '-') },
            { id: 'created', header: t('Created'), cell: (g) => formatDate(g.createdAt) },
          ]}
          empty={t('No user groups. Create a group to add this user to it.')}
        />
      )}
      {draft.permissionsOption === 'copy' && (
        <Table<IamUser>
          variant="container"
          items={state.users}
          trackBy="name"
          selectionType="single"
          selectedItems={state.users.filter((u) => u.name === draft.copyFrom)}
          onSelectionChange={(e) => update({ copyFrom: e.detail.selectedItems[0]?.name ?? null })}
          ariaLabels={{ itemSelectionLabel: (_s, u) => u.name, selectionGroupLabel: t('Users') }}
          header={<Header counter={`(${state.users.length})`}>{t('Users')}</Header>}
          columnDefinitions={[
            { id: 'name', header: t('User name'), cell: (u) => u.name },
            { id: 'groups', header: t('Groups'), cell: (u) => u.groups.join(', ') || 'None' },
            { id: 'policies', header: t('Attached policies'), cell: (u) => u.policies.join(', ') || 'None' },
          ]}
          empty={t('No users to copy permissions from.')}
        />
      )}
      {draft.permissionsOption === 'policies' && (
        <PoliciesTable
          title={t('Permissions policies')}
          description={t('Choose one or more policies to attach to your new user.')}
          selected={draft.policies}
          onChange={(policies) => update({ policies })}
        />
      )}
      <Container>
        <ExpandableSection headerText={t('Permissions boundary - optional')}>
          <Checkbox checked={boundary} onChange={(e) => setBoundary(e.detail.checked)}>
            {t('Use a permissions boundary to control the maximum permissions')}
          </Checkbox>
        </ExpandableSection>
      </Container>
      {creatingGroup && (
        <CreateGroupModal
          onClose={() => setCreatingGroup(false)}
          onCreated={(name) => {
            update({ groups: [...draft.groups, name] });
            setCreatingGroup(false);
          }}
        />
      )}
    </SpaceBetween>
  );
}
