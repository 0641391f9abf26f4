import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { IamUser } from '../../state/model';
import { usePracticeState } from '../../state/store';
import { partitionDomain } from '../../routing';
import { MfaDevicesContainer } from '../MfaDevicesContainer';
import { AccessKeysContainer } from '../AccessKeysContainer';
import { t } from '../../i18n';

/** The user's Security credentials tab: console sign-in, MFA devices, access keys. */
export function SecurityCredentialsTab({ user }: { user: IamUser }) {
  const state = usePracticeState();
  const encoded = encodeURIComponent(user.name);
  return (
    <SpaceBetween size="l">
      <Container
        header={
          <Header variant="h2" actions={<Button disabled>{user.consoleAccess ? t('Manage console access') : t('Enable console access')}</Button>}>
            {t('Console sign-in')}
          </Header>
        }
      >
        <ColumnLayout columns={2} variant="text-grid">
          <div>
            <Box variant="awsui-key-label">{t('Console sign-in link')}</Box>
            <Box>{`https://${state.account.alias ?? state.account.id}.signin.${partitionDomain()}/console`}</Box>
          </div>
          <div>
            <Box variant="awsui-key-label">{t('Console password')}</Box>
            <Box>{user.consoleAccess ? t('Set') : t('Not enabled')}</Box>
          </div>
        </ColumnLayout>
      </Container>
      <MfaDevicesContainer devices={user.mfaDevices} userName={user.name} assignHref={`#/users/details/${encoded}/mfa`} />
      <AccessKeysContainer keys={user.accessKeys} createHref={`#/users/details/${encoded}/create-access-key`} />
    </SpaceBetween>
  );
}
