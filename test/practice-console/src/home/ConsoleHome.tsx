import Box from '@cloudscape-design/components/box';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Grid from '@cloudscape-design/components/grid';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { ConsoleShell } from '../layout/ConsoleShell';
import { currentRegion, useHashRoute } from '../routing';
import { t } from '../i18n';


/** Console Home, where signing in lands. */
export function ConsoleHome() {
  const route = useHashRoute();
  const region = currentRegion();
  if (route.path === '/settings') {
    return (
      <ConsoleShell route={route.path} region={region} breadcrumbs={[{ text: t('Console Home'), href: '/console/home' }]}>
        <SpaceBetween size="l">
          <Header variant="h1">{t('Unified Settings')}</Header>
          <Container>
            <Box>{t("The practice console does not simulate the console's settings.")}</Box>
          </Container>
        </SpaceBetween>
      </ConsoleShell>
    );
  }
  return (
    <ConsoleShell route={route.path} region={region} breadcrumbs={[{ text: t('Console Home'), href: '#' }]}>
      <ContentLayout header={<Header variant="h1">{t('Console Home')}</Header>}>
        <Grid gridDefinition={[{ colspan: { default: 12, m: 6 } }, { colspan: { default: 12, m: 6 } }, { colspan: { default: 12, m: 6 } }, { colspan: { default: 12, m: 6 } }]}>
          <Container header={<Header variant="h2">{t('Recently visited')}</Header>}>
            <SpaceBetween size="s">
              <Link href="/iam/home#/home">IAM</Link>
              <Link href="/billing/home#/account">{t('Billing and Cost Management')}</Link>
              <Link href={`/cloudwatch/home?region=${region}#alarmsV2:`}>CloudWatch</Link>
            </SpaceBetween>
          </Container>
          <Container header={<Header variant="h2">{t('Welcome to AWS')}</Header>}>
            <SpaceBetween size="s">
              <Box>{t('Getting started with AWS: learn the fundamentals and find valuable information to get the most out of AWS.')}</Box>
              <Box>{t('Training and certification: learn from AWS experts and advance your skills and knowledge.')}</Box>
            </SpaceBetween>
          </Container>
          <Container header={<Header variant="h2">{t('AWS Health')}</Header>}>
            <ColumnLayout columns={2} variant="text-grid">
              <div>
                <Box variant="awsui-key-label">{t('Open issues')}</Box>
                <Box fontSize="display-l">0</Box>
              </div>
              <div>
                <Box variant="awsui-key-label">{t('Scheduled changes')}</Box>
                <Box fontSize="display-l">0</Box>
              </div>
            </ColumnLayout>
          </Container>
          <Container header={<Header variant="h2">{t('Cost and usage')}</Header>}>
            <div>
              <Box variant="awsui-key-label">{t('Current month costs')}</Box>
              <Box fontSize="display-l">$0.00</Box>
            </div>
          </Container>
        </Grid>
      </ContentLayout>
    </ConsoleShell>
  );
}
