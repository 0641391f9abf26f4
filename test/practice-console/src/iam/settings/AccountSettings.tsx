import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { usePracticeState } from '../../state/store';
import { navigate } from '../../routing';
import { IamPage } from '../IamPage';
import { DEFAULT_POLICY_RULES, describePolicy } from './passwordPolicyText';
import { t } from '../../i18n';

const STS_REGIONS = [
  { region: t('US East (N. Virginia)'), endpoint: 'sts.us-east-1.amazonaws.com' },
  { region: t('US East (Ohio)'), endpoint: 'sts.us-east-2.amazonaws.com' },
  { region: t('Europe (Ireland)'), endpoint: 'sts.eu-west-1.amazonaws.com' },
  { region: t('Asia Pacific (Tokyo)'), endpoint: 'sts.ap-northeast-1.amazonaws.com' },
];

export function AccountSettings({ path }: { path: string }) {
  const state = usePracticeState();
  const policy = state.passwordPolicy;
  return (
    <IamPage path={path} breadcrumbs={[{ text: t('Account settings'), href: '#/account_settings' }]}>
      <SpaceBetween size="l">
        <Header variant="h1">{t('Account settings')}</Header>
        <Container
          header={
            <Header variant="h2" actions={<Button onClick={() => navigate('#/account_settings/password_policy')}>{t('Edit')}</Button>}>
              {t('Password policy')}
            </Header>
          }
        >
          <SpaceBetween size="xs">
            <Box>
              {policy ? t('This AWS account uses the following custom password policy:') : t('This AWS account uses the following default password policy:')}
            </Box>
            <ul>
              {(policy ? describePolicy(policy) : DEFAULT_POLICY_RULES).map((rule) => (
                <li key={rule}>{rule}</li>
              ))}
            </ul>
          </SpaceBetween>
        </Container>
        <Table
          variant="container"
          items={STS_REGIONS}
          trackBy="region"
          header={
            <Header description={t('Regional endpoints for the AWS Security Token Service in this account.')}>{t('Security Token Service (STS)')}</Header>
          }
          columnDefinitions={[
            { id: 'region', header: t('Region name'), cell: (r) => r.region },
            { id: 'endpoint', header: t('Endpoint'), cell: (r) => r.endpoint },
            { id: 'status', header: t('Status'), cell: () => t('Active') },
          ]}
        />
      </SpaceBetween>
    </IamPage>
  );
}
