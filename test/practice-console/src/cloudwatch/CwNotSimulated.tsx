import { NotSimulatedNotice } from '../layout/NotSimulatedNotice';

/** CloudWatch pages other than alarms (dashboards, logs, metrics) are not simulated. */
export function CwNotSimulated({ raw }: { raw: string }) {
  return (
    <NotSimulatedNotice
      links={[
        { href: '#alarmsV2:', text: 'All alarms' },
        { href: '#alarmsV2:create', text: 'Create alarm' },
      ]}
    >
      The practice console simulates only CloudWatch alarms. <code>#{raw}</code> is not simulated.
    </NotSimulatedNotice>
  );
}
