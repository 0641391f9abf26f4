import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Table from '@cloudscape-design/components/table';
import type { IamUser } from '../../state/model';
import { MANAGED_POLICIES } from '../../state/model';
import { usePracticeState } from '../../state/store';

interface AttachedPolicy {
  name: string;
  type: string;
  via: string;
}

export function UserPermissionsTab({ user }: { user: IamUser }) {
  const state = usePracticeState();
  const typeOf = (name: string) => MANAGED_POLICIES.find((p) => p.name === name)?.type ?? 'AWS managed';
  const items: AttachedPolicy[] = [
    ...user.policies.map((name) => ({ name, type: typeOf(name), via: 'Attached directly' })),
    ...state.groups
      .filter((g) => user.groups.includes(g.name))
      .flatMap((g) => g.policies.map((name) => ({ name, type: typeOf(name), via: `Group ${g.name}` }))),
  ];
  return (
    <Table<AttachedPolicy>
      items={items}
      trackBy={(p) => `${p.name}:${p.via}`}
      header={
        <Header counter={`(${items.length})`} description="Permissions are defined by policies attached to the user directly or through groups." actions={<Button disabled>Add permissions</Button>}>
          Permissions policies
        </Header>
      }
      columnDefinitions={[
        { id: 'name', header: 'Policy name', cell: (p) => p.name },
        { id: 'type', header: 'Type', cell: (p) => p.type },
        { id: 'via', header: 'Attached via', cell: (p) => p.via },
      ]}
      empty={<Box textAlign="center">No policies attached.</Box>}
    />
  );
}

export function UserGroupsTab({ user }: { user: IamUser }) {
  return (
    <Table<{ name: string }>
      items={user.groups.map((name) => ({ name }))}
      trackBy="name"
      header={<Header counter={`(${user.groups.length})`}>User groups membership</Header>}
      columnDefinitions={[{ id: 'name', header: 'Group name', cell: (g) => g.name }]}
      empty={<Box textAlign="center">This user is not a member of any group.</Box>}
    />
  );
}

export function UserTagsTab() {
  return (
    <Table<{ key: string }>
      items={[]}
      header={<Header counter="(0)">Tags</Header>}
      columnDefinitions={[{ id: 'key', header: 'Key', cell: (t) => t.key }]}
      empty={<Box textAlign="center">No tags associated with the resource.</Box>}
    />
  );
}

export function UserAccessAdvisorTab() {
  return (
    <Table<{ service: string }>
      items={[]}
      header={<Header>Allowed services</Header>}
      columnDefinitions={[{ id: 'service', header: 'Service', cell: (s) => s.service }]}
      empty={<Box textAlign="center">No services accessed in the tracking period.</Box>}
    />
  );
}
