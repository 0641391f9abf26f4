import { useEffect } from 'react';
import Alert from '@cloudscape-design/components/alert';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { matchPath, navigate, useHashRoute } from '../routing';
import { usePracticeState } from '../state/store';
import { canAccess } from '../state/permissions';
import { IamPage } from './IamPage';
import { Dashboard } from './Dashboard';
import { EmptyListPage } from './EmptyListPage';
import { UsersList } from './users/UsersList';
import { CreateUserWizard } from './users/CreateUserWizard';
import { UserDetails } from './users/UserDetails';
import { CreateAccessKey } from './credentials/CreateAccessKey';
import { AssignMfaWizard } from './credentials/AssignMfaWizard';
import { MySecurityCredentials } from './credentials/MySecurityCredentials';
import { GroupsList } from './groups/GroupsList';
import { CreateGroup } from './groups/CreateGroup';
import { GroupDetails } from './groups/GroupDetails';
import { PoliciesList } from './policies/PoliciesList';
import { PolicyDetails } from './policies/PolicyDetails';
import { AccountSettings } from './settings/AccountSettings';
import { EditPasswordPolicy } from './settings/EditPasswordPolicy';
import { t } from '../i18n';

/**
 * The IAM console: a hash-routed app under `/iam/home` (and the old `/iamv2/home`). Routes follow
 * the current console; `$` separators and legacy forms are normalised by `parseHash`.
 */
export function IamApp() {
  const route = useHashRoute();
  const state = usePracticeState();
  const { path, query } = route;

  // Legacy `#/users/NAME` links land on the user details page, as the console redirects them.
  const legacyUserName = matchPath('/users/:name', path)?.name;
  useEffect(() => {
    if (legacyUserName && legacyUserName !== 'create' && legacyUserName !== 'new') {
      const section = query.get('section');
      navigate(`#/users/details/${encodeURIComponent(legacyUserName)}${section ? `?section=${section}` : ''}`);
    }
  }, [legacyUserName, query]);

  // People manage their own credentials without IAM permissions; everything else needs them.
  const ownCredentials = path.startsWith('/security_credentials') || path === '/' || path === '/home';
  if (!ownCredentials && !canAccess(state, 'iam')) {
    return (
      <IamPage path={path} breadcrumbs={[]}>
        <SpaceBetween size="l">
          <Header variant="h1">{t('Access denied')}</Header>
          <Alert type="error" header={t("You don't have permission to view this page")}>
            {t('Your IAM user has no policy that allows IAM actions. Ask an administrator to attach IAMFullAccess or AdministratorAccess.')}
          </Alert>
        </SpaceBetween>
      </IamPage>
    );
  }

  let params: Record<string, string> | null;
  if (path === '/' || path === '/home') return <Dashboard path={path} />;
  if (path === '/users') return <UsersList path={path} />;
  if (path === '/users/create' || path === '/users/new') return <CreateUserWizard path={path} />;
  if ((params = matchPath('/users/details/:name/create-access-key', path))) {
    return <CreateAccessKey path={path} userName={params.name!} />;
  }
  if ((params = matchPath('/users/details/:name/mfa', path))) return <AssignMfaWizard path={path} userName={params.name!} />;
  if ((params = matchPath('/users/details/:name/:section', path))) {
    return <UserDetails path={path} userName={params.name!} section={params.section!} />;
  }
  if ((params = matchPath('/users/details/:name', path))) {
    return <UserDetails path={path} userName={params.name!} section={query.get('section') ?? 'permissions'} />;
  }
  if (path === '/security_credentials' || path === '/security_credential') return <MySecurityCredentials path={path} />;
  if (path === '/security_credentials/mfa') return <AssignMfaWizard path={path} userName={selfUserName(state.identity)} />;
  if (path === '/security_credentials/create-access-key') {
    return <CreateAccessKey path={path} userName={selfUserName(state.identity)} />;
  }
  if (path === '/groups') return <GroupsList path={path} />;
  if (path === '/groups/create') return <CreateGroup path={path} />;
  if ((params = matchPath('/groups/details/:name', path))) return <GroupDetails path={path} groupName={params.name!} />;
  if (path === '/policies') return <PoliciesList path={path} />;
  if ((params = matchPath('/policies/details/:arn', path))) return <PolicyDetails path={path} policyArn={params.arn!} />;
  if (path === '/account_settings') return <AccountSettings path={path} />;
  if (path === '/account_settings/password_policy' || path === '/account_settings/editPasswordPolicy') {
    return <EditPasswordPolicy path={path} />;
  }
  if (path === '/roles') return <EmptyListPage path={path} counted title={t('Roles')} description={t('An IAM role is an identity you can create that has specific permissions with credentials that are valid for short durations.')} createLabel={t('Create role')} />;
  if (path === '/identity_providers') return <EmptyListPage path={path} counted title={t('Identity providers')} description={t('Use an identity provider (IdP) to manage your user identities outside of AWS.')} createLabel={t('Add provider')} />;
  if (path === '/credential_report') return <EmptyListPage path={path} title={t('Credential report')} description={t("Download a report that lists all your account's users and the status of their various credentials.")} createLabel={t('Download credentials report')} />;
  if (path === '/organizations/root-access-management') return <EmptyListPage path={path} title={t('Root access management')} description={t('Centrally manage root access for member accounts in AWS Organizations.')} createLabel={t('Enable')} />;
  return <EmptyListPage path={path} title={t('Page not found')} description={t('The practice console has no IAM page at #{path}.', { path: route.raw })} />;
}

function selfUserName(identity: ReturnType<typeof usePracticeState>['identity']): string | null {
  return identity?.kind === 'iam-user' ? identity.userName : null;
}
