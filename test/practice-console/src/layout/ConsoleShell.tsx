import type { ReactNode } from 'react';
import { useEffect } from 'react';
import AppLayout, { type AppLayoutProps } from '@cloudscape-design/components/app-layout';
import BreadcrumbGroup from '@cloudscape-design/components/breadcrumb-group';
import Flashbar from '@cloudscape-design/components/flashbar';
import { GlobalHeader } from './GlobalHeader';
import { clearFlashesExcept, useFlashItems } from './flash';
import { t } from '../i18n';

export interface Crumb {
  text: string;
  href: string;
}

interface ConsoleShellProps {
  /** Hash path of the page, so flashes belong to it. */
  route: string;
  region: string | 'global';
  navigation?: ReactNode;
  navigationLabel?: string;
  breadcrumbs: Crumb[];
  contentType?: AppLayoutProps['contentType'];
  children: ReactNode;
}

/** The frame every console page shares: global header, side navigation, breadcrumbs and flashes. */
export function ConsoleShell({ route, region, navigation, navigationLabel, breadcrumbs, contentType, children }: ConsoleShellProps) {
  const flashItems = useFlashItems(route);
  useEffect(() => clearFlashesExcept(route), [route]);
  return (
    <>
      <GlobalHeader region={region} />
      <AppLayout
        headerSelector="#awsc-navigation-container"
        navigation={navigation}
        navigationHide={!navigation}
        toolsHide
        contentType={contentType ?? 'default'}
        ariaLabels={{
          navigation: navigationLabel,
          navigationClose: t('Close navigation'),
          navigationToggle: t('Open navigation'),
          notifications: 'Notifications',
        }}
        notifications={flashItems.length ? <Flashbar items={flashItems} /> : undefined}
        breadcrumbs={
          <BreadcrumbGroup
            ariaLabel={t('Breadcrumbs')}
            items={breadcrumbs}
            onFollow={(event) => {
              // Hash links stay inside the app; others are full navigations between services.
              if (!event.detail.href.startsWith('#')) return;
              event.preventDefault();
              window.location.hash = event.detail.href;
            }}
          />
        }
        content={children}
      />
    </>
  );
}
