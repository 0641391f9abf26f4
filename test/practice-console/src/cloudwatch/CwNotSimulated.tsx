import { NotSimulatedNotice } from '../layout/NotSimulatedNotice';
import { t } from '../i18n';

/** CloudWatch pages other than alarms (dashboards, logs, metrics) are not simulated. */
export function CwNotSimulated({ raw }: { raw: string }) {
  return (
    <NotSimulatedNotice
      links={[
        { href: '#alarmsV2:', text: t('All alarms') },
        { href: '#alarmsV2:create', text: t('Create alarm') },
      ]}
    >
      {t('The practice console simulates only CloudWatch alarms.')} {t('{path} is not simulated.', { path: `#${raw}` })}
    </NotSimulatedNotice>
  );
}
