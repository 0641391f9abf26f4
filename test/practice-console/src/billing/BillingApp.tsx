import Alert from '@cloudscape-design/components/alert';
import Header from '@cloudscape-design/components/header';
import SideNavigation, { type SideNavigationProps } from '@cloudscape-design/components/side-navigation';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { ConsoleShell } from '../layout/ConsoleShell';
import { navigate, useHashRoute } from '../routing';
import { canAccess } from '../state/permissions';
import { usePracticeState } from '../state/store';
import { AccountPage } from './AccountPage';
import { BillingHome } from './BillingHome';
import { BillingNotSimulated } from './BillingNotSimulated';
import { PreferencesPage } from './PreferencesPage';
import { t } from '../i18n';

const NAV_ITEMS: SideNavigationProps.Item[] = [
  { type: 'link', text: t('Home'), href: '#/' },
  {
    type: 'section',
    text: t('Billing and Payments'),
    items: [
      { type: 'link', text: t('Bills'), href: '#/bills' },
      { type: 'link', text: t('Payments'), href: '#/paymentsoverview' },
    ],
  },
  {
    type: 'section',
    text: t('Preferences and Settings'),
    items: [
      { type: 'link', text: t('Account'), href: '#/account' },
      { type: 'link', text: t('Billing preferences'), href: '#/preferences' },
    ],
  },
];

const TITLES: Record<string, string> = {
  '/': t('Billing and Cost Management home'),
  '/account': t('Account'),
  '/preferences': t('Billing preferences'),
};

/** The Billing and Cost Management console: global, hash-routed under `/billing/home`. */
export function BillingApp() {
  // The Billing console's routes are not case-sensitive: `#/Account` is `#/account` (both are linked).
  const path = useHashRoute().path.toLowerCase();
  const state = usePracticeState();
  const title = TITLES[path];

  let content;
  if (!canAccess(state, 'billing')) content = <NoAccess title={title ?? t('Billing and Cost Management')} />;
  else if (path === '/') content = <BillingHome />;
  else if (path === '/account') content = <AccountPage path={path} />;
  else if (path === '/preferences') content = <PreferencesPage path={path} />;
  else content = <BillingNotSimulated path={path} />;

  const crumbs = [{ text: t('Billing and Cost Management'), href: '#/' }];
  if (title && path !== '/') crumbs.push({ text: title, href: `#${path}` });

  return (
    <ConsoleShell
      route={path}
      region="global"
      navigationLabel={t('Billing and Cost Management')}
      navigation={
        <SideNavigation
          header={{ text: t('Billing and Cost Management'), href: '#/' }}
          activeHref={`#${path}`}
          items={NAV_ITEMS}
          onFollow={(event) => {
            event.preventDefault();
            navigate(event.detail.href);
          }}
        />
      }
      breadcrumbs={crumbs}
    >
      {content}
    </ConsoleShell>
  );
}

/** What IAM users see until the root user activates IAM access and a policy allows billing. */
function NoAccess({ title }: { title: string }) {
  return (
    <SpaceBetween size="l">
      <Header variant="h1">{title}</Header>
      <Alert type="error" header={t("You don't have permission to access billing information for this account")}>
        {t('IAM users and roles can see billing information only after the root user activates IAM user and role access to Billing information on the Account page, and when they have an IAM policy that allows billing actions (for example AdministratorAccess or Billing). Ask the account owner or your administrator for access.')}
      </Alert>
    </SpaceBetween>
  );
}
