import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Tabs from '@cloudscape-design/components/tabs';
import { usePracticeState } from '../../state/store';
import { partitionDomain } from '../../routing';
import { IamPage } from '../IamPage';
import { MfaDevicesContainer } from '../MfaDevicesContainer';
import { AccessKeysContainer } from '../AccessKeysContainer';
import { t } from '../../i18n';

const CANONICAL_USER_ID = '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be';

function KeyValue({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Box variant="awsui-key-label">{label}</Box>
      <Box>{value}</Box>
    </div>
  );
}

function EmptyContainer({ title, text }: { title: string; text: string }) {
  return (
    <Container header={<Header variant="h2" counter="(0)">{title}</Header>}>
      <Box textAlign="center" color="text-body-secondary">
        {text}
      </Box>
    </Container>
  );
}

/** My security credentials: root's page, or an IAM user's own (with the AWS IAM credentials tab). */
export function MySecurityCredentials({ path }: { path: string }) {
  const state = usePracticeState();
  const identity = state.identity;
  const crumbs = [{ text: t('My security credentials'), href: '#/security_credentials' }];
  const self = identity?.kind === 'iam-user' ? state.users.find((u) => u.name === identity.userName) : undefined;

  if (identity?.kind === 'iam-user') {
    return (
      <IamPage path={path} breadcrumbs={crumbs}>
        <SpaceBetween size="l">
          <Header variant="h1">{t('My security credentials')}</Header>
          <Tabs
            tabs={[
              {
                id: 'iam_credentials',
                label: t('AWS IAM credentials'),
                content: (
                  <SpaceBetween size="l">
                    <Container header={<Header variant="h2" actions={<Button disabled>{t('Update console password')}</Button>}>{t('Console sign-in')}</Header>}>
                      <KeyValue label={t('Console sign-in link')} value={`https://${state.account.alias ?? state.account.id}.signin.${partitionDomain()}/console`} />
                    </Container>
                    <MfaDevicesContainer devices={self?.mfaDevices ?? []} userName={identity.userName} assignHref="#/security_credentials/mfa" />
                    <AccessKeysContainer keys={self?.accessKeys ?? []} createHref="#/security_credentials/create-access-key" />
                  </SpaceBetween>
                ),
              },
              { id: 'codecommit', label: t('AWS CodeCommit credentials'), content: <EmptyContainer title={t('HTTPS Git credentials for AWS CodeCommit')} text={t('No credentials.')} /> },
              { id: 'keyspaces', label: t('Amazon Keyspaces (for Apache Cassandra) credentials'), content: <EmptyContainer title={t('Credentials for Amazon Keyspaces')} text={t('No credentials.')} /> },
            ]}
          />
        </SpaceBetween>
      </IamPage>
    );
  }

  return (
    <IamPage path={path} breadcrumbs={crumbs}>
      <SpaceBetween size="l">
        <Header
          variant="h1"
          description={t("The root user has access to all AWS resources in this account, and we recommend following best practices. To learn more about the types of AWS credentials and how they're used, see AWS Security Credentials in AWS General Reference.")}
        >
          {t('My security credentials (root user)')}
        </Header>
        <Container header={<Header variant="h2">{t('Account details')}</Header>}>
          <ColumnLayout columns={2} variant="text-grid">
            <KeyValue label={t('Account name')} value={state.account.alias ?? t('Practice account')} />
            <KeyValue label={t('Email address')} value={state.account.rootEmail} />
            <KeyValue label={t('AWS account ID')} value={state.account.id} />
            <KeyValue label={t('Canonical user ID')} value={CANONICAL_USER_ID} />
          </ColumnLayout>
        </Container>
        <MfaDevicesContainer devices={state.rootMfaDevices} userName={null} assignHref="#/security_credentials/mfa" />
        <AccessKeysContainer
          keys={state.rootAccessKeys}
          createHref="#/security_credentials/create-access-key"
          notice={
            <Alert type="warning">
              {t('As a best practice, avoid using long-term credentials like access keys. Root user access keys provide unrestricted access to your entire AWS account, including billing information.')}
            </Alert>
          }
        />
        <EmptyContainer title={t('CloudFront key pairs')} text={t('No CloudFront key pairs.')} />
        <EmptyContainer title={t('X.509 certificate')} text={t('No X.509 certificates.')} />
      </SpaceBetween>
    </IamPage>
  );
}
