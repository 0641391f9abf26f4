import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Table from '@cloudscape-design/components/table';
import type { IamUser } from '../../state/model';
import { MANAGED_POLICIES } from '../../state/model';
import { usePracticeState } from '../../state/store';
import { policyTypeLabel } from '../PoliciesTable';
import { t } from '../../i18n';

interface AttachedPolicy {
  name: string;
  type: string;
  via: string;
}

export function UserPermissionsTab({ user }: { user: IamUser }) {
  const state = usePracticeState();
  const typeOf = (name: string) => MANAGED_POLICIES.find((p) => p.name === name)?.type ?? 'AWS managed';
  const items: AttachedPolicy[] = [
    ...user.policies.map((name) => ({ name, type: typeOf(name), via: t('Attached directly') })),
    ...state.groups
      .filter((g) => user.groups.includes(g.name))
      .flatMap((g) => g.policies.map((name) => ({ name, type: typeOf(name), via: t('Group {name}', { name: g.name }) }))),
  ];
  return (
    <Table<AttachedPolicy>
      items={items}
      trackBy={(p) => `${p.name}:${p.via}`}
      header={
        <Header counter={`(${items.length})`} description={t('Permissions are defined by policies attached to the user directly or through groups.')} actions={<Button disabled>{t('Add permissions')}</Button>}>
          {t('Permissions policies')}
        </Header>
      }
      columnDefinitions={[
        { id: 'name', header: t('Policy name'), cell: (p) => p.name },
        { id: 'type', header: t('Type'), cell: (p) => policyTypeLabel(p.type) },
        { id: 'via', header: t('Attached via'), cell: (p) => p.via },
      ]}
      empty={<Box textAlign="center">{t('No policies attached.')}</Box>}
    />
  );
}

export function UserGroupsTab({ user }: { user: IamUser }) {
  return (
    <Table<{ name: string }>
      items={user.groups.map((name) => ({ name }))}
      trackBy="name"
      header={<Header counter={`(${user.groups.length})`}>{t('User groups membership')}</Header>}
      columnDefinitions={[{ id: 'name', header: t('Group name'), cell: (g) => g.name }]}
      empty={<Box textAlign="center">{t('This user is not a member of any group.')}</Box>}
    />
  );
}

export function UserTagsTab() {
  return (
    <Table<{ key: string }>
      items={[]}
      header={<Header counter="(0)">{t('Tags')}</Header>}
      columnDefinitions={[{ id: 'key', header: t('Key'), cell: (t) => t.key }]}
      empty={<Box textAlign="center">{t('No tags associated with the resource.')}</Box>}
    />
  );
}

export function UserAccessAdvisorTab() {
  return (
    <Table<{ service: string }>
      items={[]}
      header={<Header>{t('Allowed services')}</Header>}
      columnDefinitions={[{ id: 'service', header: t('Service'), cell: (s) => s.service }]}
      empty={<Box textAlign="center">{t('No services accessed in the tracking period.')}</Box>}
    />
  );
}
