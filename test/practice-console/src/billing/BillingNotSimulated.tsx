import { NotSimulatedNotice } from '../layout/NotSimulatedNotice';
import { t } from '../i18n';

/** Billing pages the practice console does not simulate (Bills, Payments, …). */
export function BillingNotSimulated({ path }: { path: string }) {
  return (
    <NotSimulatedNotice
      links={[
        { href: '#/', text: t('Billing and Cost Management home') },
        { href: '#/account', text: t('Account') },
        { href: '#/preferences', text: t('Billing preferences') },
      ]}
    >
      {t('The practice console simulates only the billing pages used to secure a new account.')} {t('{path} is not one of them.', { path: `#${path}` })}
    </NotSimulatedNotice>
  );
}
