import Alert from '@cloudscape-design/components/alert';
import Header from '@cloudscape-design/components/header';
import SideNavigation, { type SideNavigationProps } from '@cloudscape-design/components/side-navigation';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { ConsoleShell, type Crumb } from '../layout/ConsoleShell';
import { currentRegion } from '../routing';
import { canAccess } from '../state/permissions';
import { usePracticeState } from '../state/store';
import { AlarmsList } from './AlarmsList';
import { CloudWatchHome } from './CloudWatchHome';
import { CreateAlarmWizard } from './CreateAlarmWizard';
import { CwNotSimulated } from './CwNotSimulated';
import { useCwRoute, type CwRoute } from './cwRoute';
import { t } from '../i18n';

const IN_ALARM = "#alarmsV2:?~(alarmStateFilter~'ALARM)";
const NAV_ITEMS: SideNavigationProps.Item[] = [
  { type: 'link', text: t('Dashboards'), href: '#dashboards:' },
  {
    type: 'section',
    text: t('Alarms'),
    items: [
      { type: 'link', text: t('In alarm'), href: IN_ALARM },
      { type: 'link', text: t('All alarms'), href: '#alarmsV2:' },
      { type: 'link', text: t('Billing'), href: '#alarmsV2:?~(search~\'EstimatedCharges)' },
    ],
  },
  {
    type: 'section',
    text: t('Logs'),
    items: [
      { type: 'link', text: t('Log groups'), href: '#logsV2:log-groups' },
      { type: 'link', text: t('Logs Insights'), href: '#logsV2:logs-insights' },
    ],
  },
  { type: 'section', text: t('Metrics'), items: [{ type: 'link', text: t('All metrics'), href: '#metricsV2:' }] },
];

function page(route: CwRoute): { crumbs: Crumb[]; title: string } {
  if (route.page === 'alarms') return { crumbs: [{ text: t('Alarms'), href: '#alarmsV2:' }], title: t('Alarms') };
  if (route.page === 'create') {
    return {
      crumbs: [
        { text: t('Alarms'), href: '#alarmsV2:' },
        { text: t('Create alarm'), href: '#alarmsV2:create' },
      ],
      title: t('Create alarm'),
    };
  }
  return { crumbs: [], title: 'CloudWatch' };
}

/** CloudWatch, regional: `/cloudwatch/home?region=R#alarmsV2:`. Only alarms are simulated. */
export function CloudWatchApp() {
  const route = useCwRoute();
  const state = usePracticeState();
  const region = currentRegion();
  const { crumbs, title } = page(route);

  let content;
  if (!canAccess(state, 'cloudwatch')) {
    content = (
      <SpaceBetween size="l">
        <Header variant="h1">{title}</Header>
        <Alert type="error" header={t("You don't have permission to view CloudWatch")}>
          {t('Your IAM user has no policy that allows CloudWatch actions such as cloudwatch:DescribeAlarms. Ask an administrator to attach AdministratorAccess or ReadOnlyAccess.')}
        </Alert>
      </SpaceBetween>
    );
  } else if (route.page === 'alarms') content = <AlarmsList inAlarm={route.inAlarm} region={region} />;
  else if (route.page === 'create') content = <CreateAlarmWizard region={region} />;
  else if (route.page === 'home') content = <CloudWatchHome region={region} />;
  else content = <CwNotSimulated raw={route.raw} />;

  const activeHref = route.page === 'alarms' && route.inAlarm ? IN_ALARM : route.page === 'home' || route.page === 'other' ? `#${route.raw}` : '#alarmsV2:';
  return (
    <ConsoleShell
      route={route.key}
      region={region}
      navigationLabel={t('CloudWatch')}
      navigation={
        <SideNavigation
          header={{ text: 'CloudWatch', href: '#home:' }}
          activeHref={activeHref}
          items={NAV_ITEMS}
          onFollow={(event) => {
            event.preventDefault();
            window.location.hash = event.detail.href;
          }}
        />
      }
      breadcrumbs={[{ text: 'CloudWatch', href: '#home:' }, ...crumbs]}
      contentType={route.page === 'create' ? 'wizard' : route.page === 'alarms' ? 'table' : 'default'}
    >
      {content}
    </ConsoleShell>
  );
}
