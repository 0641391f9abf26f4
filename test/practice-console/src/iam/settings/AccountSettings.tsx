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

const STS_REGIONS = [
  { region: 'US East (N. Virginia)', endpoint: 'sts.us-east-1.amazonaws.com' },
  { region: 'US East (Ohio)', endpoint: 'sts.us-east-2.amazonaws.com' },
  { region: 'Europe (Ireland)', endpoint: 'sts.eu-west-1.amazonaws.com' },
  { region: 'Asia Pacific (Tokyo)', endpoint: 'sts.ap-northeast-1.amazonaws.com' },
];

export function AccountSettings({ path }: { path: string }) {
  const state = usePracticeState();
  const policy = state.passwordPolicy;
  return (
    <IamPage path={path} breadcrumbs={[{ text: 'Account settings', href: '#/account_settings' }]}>
      <SpaceBetween size="l">
        <Header variant="h1">Account settings</Header>
        <Container
          header={
            <Header variant="h2" actions={<Button onClick={() => navigate('#/account_settings/password_policy')}>Edit</Button>}>
              Password policy
            </Header>
          }
        >
          <SpaceBetween size="xs">
            <Box>
              {policy ? 'This AWS account uses the following custom password policy:' : 'This AWS account uses the following default password policy:'}
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
            <Header description="Regional endpoints for the AWS Security Token Service in this account.">Security Token Service (STS)</Header>
          }
          columnDefinitions={[
            { id: 'region', header: 'Region name', cell: (r) => r.region },
            { id: 'endpoint', header: 'Endpoint', cell: (r) => r.endpoint },
            { id: 'status', header: 'Status', cell: () => 'Active' },
          ]}
        />
      </SpaceBetween>
    </IamPage>
  );
}
