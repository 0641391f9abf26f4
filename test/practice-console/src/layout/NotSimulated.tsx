import { ConsoleShell } from './ConsoleShell';
import { NotSimulatedNotice } from './NotSimulatedNotice';
import { t } from '../i18n';

/** Any console service the practice console does not simulate: say so, and offer the pages it has. */
export function NotSimulated() {
  return (
    <ConsoleShell route="/" region="global" breadcrumbs={[{ text: t('Console Home'), href: '/console/home' }]}>
      <NotSimulatedNotice
        links={[
          { href: '/iam/home#/home', text: t('IAM Dashboard') },
          { href: '/billing/home#/account', text: t('Billing: Account') },
          { href: '/cloudwatch/home?region=us-east-1#alarmsV2:', text: t('CloudWatch: Alarms') },
        ]}
      >
        {t('The practice console simulates the pages used to secure a new AWS account.')} {t('{path} is not one of them.', { path: window.location.pathname })}
      </NotSimulatedNotice>
    </ConsoleShell>
  );
}
