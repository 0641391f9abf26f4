import Box from '@cloudscape-design/components/box';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { t } from '../i18n';

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Box variant="awsui-key-label">{label}</Box>
      <Box fontSize="display-l" fontWeight="bold">
        {value}
      </Box>
    </div>
  );
}

/** The home page's cost widgets; a new practice account has spent nothing. */
export function BillingHome() {
  return (
    <ContentLayout header={<Header variant="h1">{t('Billing and Cost Management home')}</Header>}>
      <SpaceBetween size="l">
        <Container header={<Header variant="h2">{t('Cost summary')}</Header>}>
          <ColumnLayout columns={3} variant="text-grid">
            <Figure label={t('Month-to-date cost')} value="$0.00" />
            <Figure label={t("Last month's cost for same time period")} value="$0.00" />
            <Figure label={t('Total forecasted cost for current month')} value="$0.00" />
          </ColumnLayout>
        </Container>
        <ColumnLayout columns={2}>
          <Container header={<Header variant="h2">{t('Cost breakdown')}</Header>}>
            <Box color="text-body-secondary">{t('No cost data for this account yet.')}</Box>
          </Container>
          <Container header={<Header variant="h2">{t('Cost monitor')}</Header>}>
            <SpaceBetween size="xs">
              <Box>{t('Budgets status: no budgets')}</Box>
              <Box>
                {t('Get notified about charges: turn on billing alerts in')} <Link href="#/preferences">{t('Billing preferences')}</Link>
                {t(', then create a billing alarm in CloudWatch.')}
              </Box>
            </SpaceBetween>
          </Container>
        </ColumnLayout>
      </SpaceBetween>
    </ContentLayout>
  );
}
