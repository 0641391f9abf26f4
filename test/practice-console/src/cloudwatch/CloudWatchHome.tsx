import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import { usePracticeState } from '../state/store';
import { t } from '../i18n';

/** `#home:`: a small overview with the alarm counts. */
export function CloudWatchHome({ region }: { region: string }) {
  const state = usePracticeState();
  // Every practice alarm is a billing alarm, and those live in us-east-1 only.
  const alarms = region === 'us-east-1' ? state.alarms : [];
  return (
    <ContentLayout header={<Header variant="h1">CloudWatch</Header>}>
      <Container
        header={
          <Header variant="h2" actions={<Button onClick={() => (window.location.hash = '#alarmsV2:create')}>{t('Create alarm')}</Button>}>
            {t('Alarms summary')}
          </Header>
        }
      >
        <ColumnLayout columns={3} variant="text-grid">
          <div>
            <Box variant="awsui-key-label">{t('In alarm')}</Box>
            <Box fontSize="display-l">0</Box>
          </div>
          <div>
            <Box variant="awsui-key-label">{t('Insufficient data')}</Box>
            <Box fontSize="display-l">{alarms.length}</Box>
          </div>
          <div>
            <Box variant="awsui-key-label">{t('All alarms')}</Box>
            <Link fontSize="display-l" href="#alarmsV2:">
              {String(alarms.length)}
            </Link>
          </div>
        </ColumnLayout>
      </Container>
    </ContentLayout>
  );
}
