import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import Tabs from '@cloudscape-design/components/tabs';
import { usePracticeState } from '../../state/store';
import { formatDate } from '../../layout/format';
import { IamPage } from '../IamPage';
import { t } from '../../i18n';

export function GroupDetails({ path, groupName }: { path: string; groupName: string }) {
  const state = usePracticeState();
  const group = state.groups.find((g) => g.name === groupName);
  const crumbs = [
    { text: t('User groups'), href: '#/groups' },
    { text: groupName, href: `#/groups/details/${encodeURIComponent(groupName)}` },
  ];
  if (!group) {
    return (
      <IamPage path={path} breadcrumbs={crumbs}>
        <SpaceBetween size="l">
          <Header variant="h1">{groupName}</Header>
          <Alert type="error" header={t('User group {name} not found', { name: groupName })}>
            {t('The user group does not exist in this account.')} <Link href="#/groups">{t('Go to User groups')}</Link>
          </Alert>
        </SpaceBetween>
      </IamPage>
    );
  }
  const members = state.users.filter((u) => u.groups.includes(group.name));
  return (
    <IamPage path={path} breadcrumbs={crumbs}>
      <SpaceBetween size="l">
        <Header variant="h1">{group.name}</Header>
        <Container header={<Header variant="h2">{t('Summary')}</Header>}>
          <ColumnLayout columns={3} variant="text-grid">
            <div>
              <Box variant="awsui-key-label">{t('User group name')}</Box>
              <Box>{group.name}</Box>
            </div>
            <div>
              <Box variant="awsui-key-label">{t('Creation time')}</Box>
              <Box>{formatDate(group.createdAt)}</Box>
            </div>
            <div>
              <Box variant="awsui-key-label">ARN</Box>
              <Box>{`arn:aws:iam::${state.account.id}:group/${group.name}`}</Box>
            </div>
          </ColumnLayout>
        </Container>
        <Tabs
          tabs={[
            {
              id: 'users',
              label: t('Users'),
              content: (
                <Table
                  items={members}
                  trackBy="name"
                  header={<Header counter={`(${members.length})`}>{t('Users in this group')}</Header>}
                  columnDefinitions={[{ id: 'name', header: t('User name'), cell: (u) => u.name }]}
                  empty={t('No users in this group.')}
                />
              ),
            },
            {
              id: 'permissions',
              label: t('Permissions'),
              content: (
                <Table
                  items={group.policies.map((name) => ({ name }))}
                  trackBy="name"
                  header={<Header counter={`(${group.policies.length})`}>{t('Permissions policies')}</Header>}
                  columnDefinitions={[{ id: 'name', header: t('Policy name'), cell: (p) => p.name }]}
                  empty={t('No policies attached.')}
                />
              ),
            },
            { id: 'access_advisor', label: t('Access Advisor'), content: <Box color="text-body-secondary">{t('No services accessed in the tracking period.')}</Box> },
          ]}
        />
      </SpaceBetween>
    </IamPage>
  );
}
