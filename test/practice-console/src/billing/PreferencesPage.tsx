import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { AlertPreferences } from './AlertPreferences';
import { InvoicePreferences } from './InvoicePreferences';
import { t } from '../i18n';

/** `#/preferences`: the current (2023+) Billing preferences page. */
export function PreferencesPage({ path }: { path: string }) {
  return (
    <ContentLayout
      header={
        <Header variant="h1" description={t('Manage how you receive invoices and alerts about your AWS charges.')}>
          {t('Billing preferences')}
        </Header>
      }
    >
      <SpaceBetween size="l">
        <InvoicePreferences path={path} />
        <AlertPreferences path={path} />
      </SpaceBetween>
    </ContentLayout>
  );
}
