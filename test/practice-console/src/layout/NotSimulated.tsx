import { ConsoleShell } from './ConsoleShell';
import { NotSimulatedNotice } from './NotSimulatedNotice';

/** Any console service the practice console does not simulate: say so, and offer the pages it has. */
export function NotSimulated() {
  return (
    <ConsoleShell route="/" region="global" breadcrumbs={[{ text: 'Console Home', href: '/console/home' }]}>
      <NotSimulatedNotice
        links={[
          { href: '/iam/home#/home', text: 'IAM Dashboard' },
          { href: '/billing/home#/account', text: 'Billing: Account' },
          { href: '/cloudwatch/home?region=us-east-1#alarmsV2:', text: 'CloudWatch: Alarms' },
        ]}
      >
        The practice console simulates the pages used to secure a new AWS account. <code>{window.location.pathname}</code> is not one of them.
      </NotSimulatedNotice>
    </ConsoleShell>
  );
}
