import { useState } from 'react';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';
import Grid from '@cloudscape-design/components/grid';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { usePracticeState } from '../state/store';
import { navigate, partitionDomain } from '../routing';
import { IamPage } from './IamPage';
import { AliasModal } from './AliasModal';
import { t } from '../i18n';

function Recommendation({ ok, title, description, action }: { ok: boolean; title: string; description: string; action?: React.ReactNode }) {
  return (
    <SpaceBetween direction="horizontal" size="m" alignItems="center">
      <StatusIndicator type={ok ? 'success' : 'warning'}>
        <Box variant="strong" display="inline">
          {title}
        </Box>
      </StatusIndicator>
      <Box color="text-body-secondary">{description}</Box>
      {action}
    </SpaceBetween>
  );
}

export function Dashboard({ path }: { path: string }) {
  const state = usePracticeState();
  const [aliasModal, setAliasModal] = useState<'create' | 'edit' | 'delete' | null>(null);
  const identity = state.identity;
  const isRoot = identity?.kind === 'root';
  const self = identity?.kind === 'iam-user' ? state.users.find((u) => u.name === identity.userName) : undefined;
  const signInUrl = `https://${state.account.alias ?? state.account.id}.signin.${partitionDomain()}/console`;

  return (
    <IamPage path={path} breadcrumbs={[{ text: t('Dashboard'), href: '#/home' }]}>
      <ContentLayout header={<Header variant="h1">{t('IAM Dashboard')}</Header>}>
        <Grid gridDefinition={[{ colspan: { default: 12, m: 8 } }, { colspan: { default: 12, m: 4 } }]}>
          <SpaceBetween size="l">
            <Container header={<Header variant="h2">{t('Security recommendations')}</Header>}>
              <SpaceBetween size="m">
                {isRoot ? (
                  <Recommendation
                    ok={state.rootMfaDevices.length > 0}
                    title={state.rootMfaDevices.length > 0 ? t('Root user has MFA') : t('Add MFA for root user')}
                    description={
                      state.rootMfaDevices.length > 0
                        ? t('Having multi-factor authentication (MFA) for the root user improves security for this account.')
                        : t('Add MFA for root user - Enable multi-factor authentication (MFA) for the root user to improve security for this account.')
                    }
                    action={
                      state.rootMfaDevices.length > 0 ? undefined : (
                        <Button onClick={() => navigate('#/security_credentials/mfa')}>{t('Add MFA')}</Button>
                      )
                    }
                  />
                ) : (
                  <Recommendation
                    ok={(self?.mfaDevices.length ?? 0) > 0}
                    title={(self?.mfaDevices.length ?? 0) > 0 ? t('You have MFA') : t('Add MFA for yourself')}
                    description={t('Enable multi-factor authentication (MFA) for your user to improve security for this account.')}
                    action={
                      (self?.mfaDevices.length ?? 0) > 0 ? undefined : (
                        <Button onClick={() => navigate('#/security_credentials/mfa')}>{t('Add MFA')}</Button>
                      )
                    }
                  />
                )}
                <Recommendation
                  ok={state.rootAccessKeys.length === 0}
                  title={state.rootAccessKeys.length === 0 ? t('Root user has no active access keys') : t('Deactivate or delete access keys for root user')}
                  description={t('Using access keys attached to an IAM user instead of the root user improves security.')}
                />
              </SpaceBetween>
            </Container>
            <Container header={<Header variant="h2" description={t('Resources in this AWS Account')}>{t('IAM resources')}</Header>}>
              <ColumnLayout columns={5} variant="text-grid">
                {[
                  [t('User groups'), state.groups.length, '#/groups'],
                  [t('Users'), state.users.length, '#/users'],
                  [t('Roles'), 0, '#/roles'],
                  [t('Policies'), 0, '#/policies'],
                  [t('Identity providers'), 0, '#/identity_providers'],
                ].map(([label, count, href]) => (
                  <div key={label}>
                    <Box variant="awsui-key-label">{label}</Box>
                    <Link fontSize="display-l" href={String(href)}>
                      {String(count)}
                    </Link>
                  </div>
                ))}
              </ColumnLayout>
            </Container>
            <Container header={<Header variant="h2">{t("What's new")}</Header>}>
              <Box color="text-body-secondary">{t('Updates for features in IAM appear here. This practice console has none.')}</Box>
            </Container>
          </SpaceBetween>
          <SpaceBetween size="l">
            <Container header={<Header variant="h2">{t('AWS Account')}</Header>}>
              <SpaceBetween size="m">
                <div>
                  <Box variant="awsui-key-label">{t('Account ID')}</Box>
                  <CopyToClipboard
                    variant="inline"
                    textToCopy={state.account.id}
                    copyButtonAriaLabel={t('Copy Account ID')}
                    copySuccessText={t('Account ID copied')}
                    copyErrorText={t('Account ID failed to copy')}
                  />
                </div>
                <div>
                  <Box variant="awsui-key-label">{t('Account Alias')}</Box>
                  {state.account.alias ? (
                    <SpaceBetween direction="horizontal" size="xs" alignItems="center">
                      <Box data-testid="account-alias-value">{state.account.alias}</Box>
                      <Button variant="inline-link" onClick={() => setAliasModal('edit')}>
                        {t('Edit')}
                      </Button>
                      <Box color="text-body-secondary">|</Box>
                      <Button variant="inline-link" onClick={() => setAliasModal('delete')}>
                        {t('Delete')}
                      </Button>
                    </SpaceBetween>
                  ) : (
                    <Button variant="inline-link" onClick={() => setAliasModal('create')}>
                      {t('Create')}
                    </Button>
                  )}
                </div>
                <div>
                  <Box variant="awsui-key-label">{t('Sign-in URL for IAM users in this account')}</Box>
                  <CopyToClipboard
                    variant="inline"
                    textToCopy={signInUrl}
                    copyButtonAriaLabel={t('Copy sign-in URL')}
                    copySuccessText={t('Sign-in URL copied')}
                    copyErrorText={t('Sign-in URL failed to copy')}
                  />
                </div>
              </SpaceBetween>
            </Container>
            <Container header={<Header variant="h2">{t('Quick Links')}</Header>}>
              <SpaceBetween size="xxs">
                <Link href="#/security_credentials">{t('My security credentials')}</Link>
                <Box color="text-body-secondary">{t('Manage your access keys, multi-factor authentication (MFA) and other credentials.')}</Box>
              </SpaceBetween>
            </Container>
          </SpaceBetween>
        </Grid>
      </ContentLayout>
      {aliasModal && <AliasModal mode={aliasModal} path={path} onClose={() => setAliasModal(null)} />}
    </IamPage>
  );
}
