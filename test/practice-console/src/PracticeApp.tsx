import { IamApp } from './iam/IamApp';
import { BillingApp } from './billing/BillingApp';
import { CloudWatchApp } from './cloudwatch/CloudWatchApp';
import { ConsoleHome } from './home/ConsoleHome';
import { SignInApp } from './signin/SignInApp';
import { NotSimulated } from './layout/NotSimulated';
import { SessionChooser } from './home/SessionChooser';
import { variants } from './pageVariants';
import { currentSessionId } from './routing';

/** Pick the console application from the host and path, as the real console's services are split. */
export function PracticeApp() {
  const { hostname, pathname } = window.location;
  const isSignInHost = /(^|\.)signin\.(aws\.amazon\.com|amazonaws-us-gov\.com|amazonaws\.cn)$/.test(hostname);
  if (isSignInHost) return <SignInApp />;
  // Multi-session: a console URL without a session prefix, served while several sessions are open.
  if (variants.session === 'multi' && !currentSessionId()) return <SessionChooser />;
  const service = pathname.split('/')[1] ?? '';
  switch (service) {
    case 'iam':
    case 'iamv2':
      return <IamApp />;
    case 'billing':
      return <BillingApp />;
    case 'cloudwatch':
      return <CloudWatchApp />;
    case 'console':
      return <ConsoleHome />;
    default:
      return <NotSimulated />;
  }
}
