import { currentLanguage, t } from '../i18n';

const REGION_NAMES: Record<string, string> = {
  'us-east-1': 'United States (N. Virginia)',
  'us-east-2': 'United States (Ohio)',
  'us-west-1': 'United States (N. California)',
  'us-west-2': 'United States (Oregon)',
  'eu-west-1': 'Europe (Ireland)',
  'eu-central-1': 'Europe (Frankfurt)',
  'ap-southeast-1': 'Asia Pacific (Singapore)',
  'ap-northeast-1': 'Asia Pacific (Tokyo)',
  'us-gov-west-1': 'AWS GovCloud (US-West)',
  'cn-north-1': 'China (Beijing)',
};

export function regionLabel(region: string): string {
  return REGION_NAMES[region] ?? region;
}

/** `123456789012` → `1234-5678-9012`, as the console header shows account ids. */
export function formatAccountId(id: string): string {
  return id.replace(/^(\d{4})(\d{4})(\d{4})$/, '$1-$2-$3');
}

const DATE_LOCALES = { en: 'en-US', ja: 'ja-JP', de: 'de-DE' } as const;

export function formatDate(iso: string | undefined): string {
  if (!iso) return '-';
  return new Date(iso).toLocaleString(DATE_LOCALES[currentLanguage()], { dateStyle: 'medium', timeStyle: 'short' });
}

/** "4 minutes ago"-style age, as the console's users list shows password age and activity. */
export function formatAge(iso: string | undefined): string {
  if (!iso) return t('None');
  const minutes = Math.max(0, Math.round((Date.now() - new Date(iso).getTime()) / 60000));
  if (minutes < 1) return t('Now');
  if (minutes < 60) return minutes === 1 ? t('1 minute ago') : t('{count} minutes ago', { count: minutes });
  const hours = Math.round(minutes / 60);
  if (hours < 24) return hours === 1 ? t('1 hour ago') : t('{count} hours ago', { count: hours });
  const days = Math.round(hours / 24);
  return days === 1 ? t('1 day ago') : t('{count} days ago', { count: days });
}
