import { useEffect, useState } from 'react';
import Alert from '@cloudscape-design/components/alert';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Tabs from '@cloudscape-design/components/tabs';
import { usePracticeState } from '../../state/store';
import { navigate } from '../../routing';
import { IamPage } from '../IamPage';
import { DeleteUserModal } from './DeleteUserModal';
import { UserSummary } from './UserSummary';
import { UserPermissionsTab, UserGroupsTab, UserTagsTab, UserAccessAdvisorTab } from './UserTabs';
import { SecurityCredentialsTab } from './SecurityCredentialsTab';
import { t } from '../../i18n';

const TAB_IDS = ['permissions', 'groups', 'tags', 'security_credentials', 'access_advisor'];

export function UserDetails({ path, userName, section }: { path: string; userName: string; section: string }) {
  const state = usePracticeState();
  const user = state.users.find((u) => u.name === userName);
  const [tab, setTab] = useState(TAB_IDS.includes(section) ? section : 'permissions');
  const [deleting, setDeleting] = useState(false);
  useEffect(() => setTab(TAB_IDS.includes(section) ? section : 'permissions'), [section]);
  const basePath = `/users/details/${userName}`;
  const crumbs = [
    { text: t('Users'), href: '#/users' },
    { text: userName, href: `#${basePath}` },
  ];

  if (!user) {
    return (
      <IamPage path={path} breadcrumbs={crumbs}>
        <SpaceBetween size="l">
          <Header variant="h1">{userName}</Header>
          <Alert type="error" header={t('User {name} not found', { name: userName })}>
            {t('The user does not exist in this account.')} <Link href="#/users">{t('Go to Users')}</Link>
          </Alert>
        </SpaceBetween>
      </IamPage>
    );
  }

  return (
    // Flashes for this user (e.g. "MFA device assigned") belong to the details path, whatever the tab.
    <IamPage path={basePath} breadcrumbs={crumbs}>
      <SpaceBetween size="l">
        <Header variant="h1" info={<Link variant="info">{t('Info')}</Link>} actions={<Button onClick={() => setDeleting(true)}>{t('Delete')}</Button>}>
          {user.name}
        </Header>
        <UserSummary user={user} />
        <Tabs
          activeTabId={tab}
          onChange={(e) => {
            setTab(e.detail.activeTabId);
            // The console keeps the tab in the URL without adding a history entry.
            history.replaceState(null, '', `#/users/details/${encodeURIComponent(user.name)}?section=${e.detail.activeTabId}`);
          }}
          tabs={[
            { id: 'permissions', label: t('Permissions'), content: <UserPermissionsTab user={user} /> },
            { id: 'groups', label: t('Groups'), content: <UserGroupsTab user={user} /> },
            { id: 'tags', label: t('Tags'), content: <UserTagsTab /> },
            { id: 'security_credentials', label: t('Security credentials'), content: <SecurityCredentialsTab user={user} /> },
            { id: 'access_advisor', label: t('Last Accessed'), content: <UserAccessAdvisorTab /> },
          ]}
        />
      </SpaceBetween>
      {deleting && <DeleteUserModal userName={user.name} onClose={() => setDeleting(false)} onDeleted={() => navigate('#/users')} />}
    </IamPage>
  );
}
