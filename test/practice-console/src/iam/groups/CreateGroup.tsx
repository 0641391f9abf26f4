import { useState } from 'react';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import type { IamUser } from '../../state/model';
import { dispatch, usePracticeState } from '../../state/store';
import { navigate } from '../../routing';
import { pushFlash } from '../../layout/flash';
import { formatDate } from '../../layout/format';
import { IamPage } from '../IamPage';
import { PoliciesTable } from '../PoliciesTable';
import { t } from '../../i18n';

export function CreateGroup({ path }: { path: string }) {
  const state = usePracticeState();
  const [name, setName] = useState('');
  const [users, setUsers] = useState<string[]>([]);
  const [policies, setPolicies] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function create() {
    if (!name.trim()) return setError(t('Enter a user group name.'));
    setBusy(true);
    const outcome = await dispatch({ type: 'createGroup', name: name.trim(), users, policies });
    setBusy(false);
    if (!outcome.ok) return setError(outcome.error);
    pushFlash({ type: 'success', route: '/groups', header: t('{name} user group created.', { name: name.trim() }) });
    navigate('#/groups');
  }

  return (
    <IamPage path={path} breadcrumbs={[{ text: t('User groups'), href: '#/groups' }, { text: t('Create user group'), href: '#/groups/create' }]}>
      <form onSubmit={(e) => (e.preventDefault(), void create())}>
        <Form
          header={
            <Header
              variant="h1"
              description={t('Create a user group and select policies to attach to the group. We recommend that you use groups to manage user permissions by job function, AWS service access, or your custom permissions.')}
            >
              {t('Create user group')}
            </Header>
          }
          actions={
            <SpaceBetween direction="horizontal" size="xs">
              <Button formAction="none" variant="link" onClick={() => navigate('#/groups')}>
                {t('Cancel')}
              </Button>
              {/* The docs name the page's button "Create group"; the wizard's modal says "Create user group". */}
              <Button variant="primary" loading={busy}>
                {t('Create group')}
              </Button>
            </SpaceBetween>
          }
        >
          <SpaceBetween size="l">
            <Container header={<Header variant="h2">{t('Name the group')}</Header>}>
              <FormField
                label={t('User group name')}
                description={t('Enter a meaningful name to identify this group.')}
                constraintText={t("Maximum 128 characters. Use alphanumeric and '+=,.@-_' characters.")}
                errorText={error ?? undefined}
              >
                <Input value={name} onChange={(e) => (setName(e.detail.value), setError(null))} />
              </FormField>
            </Container>
            <Table<IamUser>
              variant="container"
              items={state.users}
              trackBy="name"
              selectionType="multi"
              selectedItems={state.users.filter((u) => users.includes(u.name))}
              onSelectionChange={(e) => setUsers(e.detail.selectedItems.map((u) => u.name))}
              ariaLabels={{ itemSelectionLabel: (_s, u) => u.name, allItemsSelectionLabel: () => t('Select all users'), selectionGroupLabel: t('Users') }}
              header={
                <Header counter={`(${users.length}/${state.users.length})`} description={t('An IAM user is an entity that you create in AWS to represent the person or application that uses it to interact with AWS.')}>
                  {t('Add users to the group - Optional')}
                </Header>
              }
              columnDefinitions={[
                { id: 'name', header: t('User name'), cell: (u) => u.name },
                { id: 'groups', header: t('Groups'), cell: (u) => u.groups.length },
                { id: 'activity', header: t('Last activity'), cell: (u) => (u.lastConsoleSignIn ? formatDate(u.lastConsoleSignIn) : t('Never')) },
                { id: 'created', header: t('Creation time'), cell: (u) => formatDate(u.createdAt) },
              ]}
              empty={t('No users in this account.')}
            />
            <PoliciesTable
              title={t('Attach permissions policies - Optional')}
              description={t('You can attach up to 10 policies to this user group. All the users in this group will have permissions that are defined in the selected policies.')}
              selected={policies}
              onChange={setPolicies}
            />
          </SpaceBetween>
        </Form>
      </form>
    </IamPage>
  );
}
