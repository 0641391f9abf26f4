import { useState } from 'react';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { downloadCsv } from '../../layout/download';
import { t } from '../../i18n';

/** "Retrieve access keys": the only time the secret access key can be seen or downloaded. */
export function AccessKeyRetrieveStep({ owner, accessKeyId, secret }: { owner: string; accessKeyId: string; secret: string }) {
  const [shown, setShown] = useState(false);
  return (
    <SpaceBetween size="l">
      <Container header={<Header variant="h2" description={t('If you lose or forget your secret access key, you cannot retrieve it. Instead, create a new access key and make the old key inactive.')}>{t('Access key')}</Header>}>
        <ColumnLayout columns={2} variant="text-grid">
          <div>
            <Box variant="awsui-key-label">{t('Access key')}</Box>
            <Box>{accessKeyId}</Box>
          </div>
          <div>
            <Box variant="awsui-key-label">{t('Secret access key')}</Box>
            <SpaceBetween direction="horizontal" size="xs" alignItems="center">
              <Box>{shown ? secret : '****************'}</Box>
              <Button variant="inline-link" onClick={() => setShown((s) => !s)}>
                {shown ? t('Hide') : t('Show')}
              </Button>
            </SpaceBetween>
          </div>
        </ColumnLayout>
      </Container>
      <Container header={<Header variant="h2">{t('Access key best practices')}</Header>}>
        <ul>
          <li>{t('Never store your access key in plain text, in a code repository, or in code.')}</li>
          <li>{t('Disable or delete access key when no longer needed.')}</li>
          <li>{t('Enable least-privilege permissions.')}</li>
          <li>{t('Rotate access keys regularly.')}</li>
        </ul>
      </Container>
      <Button iconName="download" onClick={() => downloadCsv(`${owner}_accessKeys.csv`, [['Access key ID', 'Secret access key'], [accessKeyId, secret]])}>
        {t('Download .csv file')}
      </Button>
    </SpaceBetween>
  );
}
