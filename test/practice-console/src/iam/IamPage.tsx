import type { ReactNode } from 'react';
import SideNavigation, { type SideNavigationProps } from '@cloudscape-design/components/side-navigation';
import { ConsoleShell, type Crumb } from '../layout/ConsoleShell';
import type { AppLayoutProps } from '@cloudscape-design/components/app-layout';
import { navigate } from '../routing';
import { t } from '../i18n';

const NAV_ITEMS: SideNavigationProps.Item[] = [
  { type: 'link', text: t('Dashboard'), href: '#/home' },
  {
    type: 'section',
    text: t('Access management'),
    items: [
      { type: 'link', text: t('User groups'), href: '#/groups' },
      { type: 'link', text: t('Users'), href: '#/users' },
      { type: 'link', text: t('Roles'), href: '#/roles' },
      { type: 'link', text: t('Policies'), href: '#/policies' },
      { type: 'link', text: t('Identity providers'), href: '#/identity_providers' },
      { type: 'link', text: t('Account settings'), href: '#/account_settings' },
      { type: 'link', text: t('Root access management'), href: '#/organizations/root-access-management' },
    ],
  },
  {
    type: 'section',
    text: t('Access reports'),
    items: [{ type: 'link', text: t('Credential report'), href: '#/credential_report' }],
  },
];

/** Which side-navigation link is current for a hash path (`/users/details/x` → `#/users`). */
function activeHref(path: string): string {
  const first = path.split('/')[1] ?? 'home';
  const known = ['groups', 'users', 'roles', 'policies', 'identity_providers', 'account_settings', 'credential_report'];
  if (path.startsWith('/organizations/root-access-management')) return '#/organizations/root-access-management';
  return known.includes(first) ? `#/${first}` : '#/home';
}

interface IamPageProps {
  path: string;
  breadcrumbs: Crumb[];
  contentType?: AppLayoutProps['contentType'];
  children: ReactNode;
}

/** An IAM console page: the shell with the IAM side navigation and `IAM >` breadcrumbs. */
export function IamPage({ path, breadcrumbs, contentType, children }: IamPageProps) {
  return (
    <ConsoleShell
      route={path}
      region="global"
      navigationLabel={t('Identity and Access Management (IAM Console)')}
      navigation={
        <SideNavigation
          data-testid="iamv2-side-navigation"
          header={{ text: t('Identity and Access Management (IAM)'), href: '#/home' }}
          activeHref={activeHref(path)}
          items={NAV_ITEMS}
          onFollow={(event) => {
            event.preventDefault();
            navigate(event.detail.href);
          }}
        />
      }
      breadcrumbs={[{ text: 'IAM', href: '#/home' }, ...breadcrumbs]}
      contentType={contentType}
    >
      {children}
    </ConsoleShell>
  );
}
