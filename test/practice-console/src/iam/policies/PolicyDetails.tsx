import { useState } from 'react';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SegmentedControl from '@cloudscape-design/components/segmented-control';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import Tabs from '@cloudscape-design/components/tabs';
import { MANAGED_POLICIES, policyArn } from '../../state/model';
import { usePracticeState } from '../../state/store';
import { IamPage } from '../IamPage';

export function PolicyDetails({ path, policyArn: arn }: { path: string; policyArn: string }) {
  const state = usePracticeState();
  const [view, setView] = useState('json');
  const policy = MANAGED_POLICIES.find((p) => policyArn(p.name) === arn);
  const name = policy?.name ?? arn.split('/').pop() ?? arn;
  const crumbs = [
    { text: 'Policies', href: '#/policies' },
    { text: name, href: `#/policies/details/${encodeURIComponent(arn)}` },
  ];
  if (!policy) {
    return (
      <IamPage path={path} breadcrumbs={crumbs}>
        <SpaceBetween size="l">
          <Header variant="h1">{name}</Header>
          <Alert type="error" header="Policy not found">
            No policy has the ARN {arn}. <Link href="#/policies">Go to Policies</Link>
          </Alert>
        </SpaceBetween>
      </IamPage>
    );
  }
  const entities = [
    ...state.users.filter((u) => u.policies.includes(policy.name)).map((u) => ({ name: u.name, type: 'IAM User' })),
    ...state.groups.filter((g) => g.policies.includes(policy.name)).map((g) => ({ name: g.name, type: 'IAM Group' })),
  ];
  return (
    <IamPage path={path} breadcrumbs={crumbs}>
      <SpaceBetween size="l">
        <Header variant="h1" info={<Link variant="info">Info</Link>} description={policy.description}>
          {policy.name}
        </Header>
        <Container header={<Header variant="h2">Policy details</Header>}>
          <ColumnLayout columns={3} variant="text-grid">
            <div>
              <Box variant="awsui-key-label">Type</Box>
              <Box>{policy.type}</Box>
            </div>
            <div>
              <Box variant="awsui-key-label">Creation time</Box>
              <Box>February 06, 2015, 18:39 (UTC)</Box>
            </div>
            <div>
              <Box variant="awsui-key-label">ARN</Box>
              <Box>{policyArn(policy.name)}</Box>
            </div>
          </ColumnLayout>
        </Container>
        <Tabs
          tabs={[
            {
              id: 'permissions',
              label: 'Permissions',
              content: (
                <Container
                  header={
                    <Header
                      variant="h2"
                      actions={<SegmentedControl selectedId={view} onChange={(e) => setView(e.detail.selectedId)} label="Policy view" options={[{ id: 'summary', text: 'Summary' }, { id: 'json', text: 'JSON' }]} />}
                    >
                      Permissions defined in this policy
                    </Header>
                  }
                >
                  {view === 'json' ? (
                    <pre className="practice-json">{JSON.stringify(policy.document, null, 4)}</pre>
                  ) : (
                    <Box>{policy.description}</Box>
                  )}
                </Container>
              ),
            },
            {
              id: 'entities_attached',
              label: 'Entities attached',
              content: (
                <Table
                  items={entities}
                  trackBy="name"
                  header={<Header counter={`(${entities.length})`}>Entities attached</Header>}
                  columnDefinitions={[
                    { id: 'name', header: 'Entity name', cell: (e) => e.name },
                    { id: 'type', header: 'Entity type', cell: (e) => e.type },
                  ]}
                  empty="No entities attached."
                />
              ),
            },
            { id: 'policy_versions', label: 'Policy versions', content: <Box>Version v1 (Default)</Box> },
            { id: 'access_advisor', label: 'Access Advisor', content: <Box color="text-body-secondary">No services accessed in the tracking period.</Box> },
          ]}
        />
      </SpaceBetween>
    </IamPage>
  );
}
