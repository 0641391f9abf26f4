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
import { policyTypeLabel } from '../PoliciesTable';
import { t } from '../../i18n';

export function PolicyDetails({ path, policyArn: arn }: { path: string; policyArn: string }) {
  const state = usePracticeState();
  const [view, setView] = useState('json');
  const policy = MANAGED_POLICIES.find((p) => policyArn(p.name) === arn);
  const name = policy?.name ?? arn.split('/').pop() ?? arn;
  const crumbs = [
    { text: t('Policies'), href: '#/policies' },
    { text: name, href: `#/policies/details/${encodeURIComponent(arn)}` },
  ];
  if (!policy) {
    return (
      <IamPage path={path} breadcrumbs={crumbs}>
        <SpaceBetween size="l">
          <Header variant="h1">{name}</Header>
          <Alert type="error" header={t('Policy not found')}>
            {t('No policy has the ARN {arn}.', { arn })} <Link href="#/policies">{t('Go to Policies')}</Link>
          </Alert>
        </SpaceBetween>
      </IamPage>
    );
  }
  const entities = [
    ...state.users.filter((u) => u.policies.includes(policy.name)).map((u) => ({ name: u.name, type: t('IAM User') })),
    ...state.groups.filter((g) => g.policies.includes(policy.name)).map((g) => ({ name: g.name, type: t('IAM Group') })),
  ];
  return (
    <IamPage path={path} breadcrumbs={crumbs}>
      <SpaceBetween size="l">
        <Header variant="h1" info={<Link variant="info">{t('Info')}</Link>} description={policy.description}>
          {policy.name}
        </Header>
        <Container header={<Header variant="h2">{t('Policy details')}</Header>}>
          <ColumnLayout columns={3} variant="text-grid">
            <div>
              <Box variant="awsui-key-label">{t('Type')}</Box>
              <Box>{policyTypeLabel(policy.type)}</Box>
            </div>
            <div>
              <Box variant="awsui-key-label">{t('Creation time')}</Box>
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
              label: t('Permissions'),
              content: (
                <Container
                  header={
                    <Header
                      variant="h2"
                      actions={<SegmentedControl selectedId={view} onChange={(e) => setView(e.detail.selectedId)} label={t('Policy view')} options={[{ id: 'summary', text: t('Summary') }, { id: 'json', text: 'JSON' }]} />}
                    >
                      {t('Permissions defined in this policy')}
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
              label: t('Entities attached'),
              content: (
                <Table
                  items={entities}
                  trackBy="name"
                  header={<Header counter={`(${entities.length})`}>{t('Entities attached')}</Header>}
                  columnDefinitions={[
                    { id: 'name', header: t('Entity name'), cell: (e) => e.name },
                    { id: 'type', header: t('Entity type'), cell: (e) => e.type },
                  ]}
                  empty={t('No entities attached.')}
                />
              ),
            },
            { id: 'policy_versions', label: t('Policy versions'), content: <Box>{t('Version v1 (Default)')}</Box> },
            { id: 'access_advisor', label: t('Access Advisor'), content: <Box color="text-body-secondary">{t('No services accessed in the tracking period.')}</Box> },
          ]}
        />
      </SpaceBetween>
    </IamPage>
  );
}
