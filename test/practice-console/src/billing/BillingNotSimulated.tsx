import { NotSimulatedNotice } from '../layout/NotSimulatedNotice';

/** Billing pages the practice console does not simulate (Bills, Payments, …). */
export function BillingNotSimulated({ path }: { path: string }) {
  return (
    <NotSimulatedNotice
      links={[
        { href: '#/', text: 'Billing and Cost Management home' },
        { href: '#/account', text: 'Account' },
        { href: '#/preferences', text: 'Billing preferences' },
      ]}
    >
      The practice console simulates only the billing pages used to secure a new account. <code>#{path}</code> is not one of them.
    </NotSimulatedNotice>
  );
}
