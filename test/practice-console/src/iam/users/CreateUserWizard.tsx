import { useState } from 'react';
import Alert from '@cloudscape-design/components/alert';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Wizard from '@cloudscape-design/components/wizard';
import { dispatch, usePracticeState } from '../../state/store';
import { MANAGED_POLICIES } from '../../state/model';
import { navigate } from '../../routing';
import { pushFlash } from '../../layout/flash';
import { FINAL_STEP_CLASS, WIZARD_STRINGS } from '../../layout/wizardStrings';
import { IamPage } from '../IamPage';
import { emptyDraft, validateDetails, type CreateUserDraft, type DetailsErrors } from './createUserDraft';
import { CreateUserDetailsStep } from './CreateUserDetailsStep';
import { CreateUserPermissionsStep } from './CreateUserPermissionsStep';
import { CreateUserReviewStep } from './CreateUserReviewStep';
import { CreateUserPasswordStep } from './CreateUserPasswordStep';
import { t } from '../../i18n';

/** IAM > Users > Create user: the current 4-step wizard (step 4 only with console access). */
export function CreateUserWizard({ path }: { path: string }) {
  const state = usePracticeState();
  const [draft, setDraft] = useState<CreateUserDraft>(emptyDraft);
  const [step, setStep] = useState(0);
  const [errors, setErrors] = useState<DetailsErrors>({});
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<{ password: string | null } | null>(null);
  const update = (patch: Partial<CreateUserDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const source = state.users.find((u) => u.name === draft.copyFrom);
  const groups = draft.permissionsOption === 'group' ? draft.groups : draft.permissionsOption === 'copy' ? (source?.groups ?? []) : [];
  const policies = draft.permissionsOption === 'policies' ? draft.policies : draft.permissionsOption === 'copy' ? (source?.policies ?? []) : [];
  const typeOf = (name: string) => MANAGED_POLICIES.find((p) => p.name === name)?.type ?? t('AWS managed');
  const permissions = [...groups.map((name) => ({ name, type: 'Group' })), ...policies.map((name) => ({ name, type: typeOf(name) }))];

  async function submit() {
    if (created) return navigate('#/users');
    setBusy(true);
    const outcome = await dispatch({
      type: 'createUser',
      name: draft.name,
      consoleAccess: draft.consoleAccess,
      passwordKind: draft.passwordKind,
      mustChangePassword: draft.mustChangePassword,
      groups,
      policies,
    });
    setBusy(false);
    if (!outcome.ok) return setSubmitError(outcome.error);
    if (!draft.consoleAccess) {
      pushFlash({ type: 'success', route: '/users', header: `User ${draft.name} created successfully.` });
      return navigate('#/users');
    }
    pushFlash({
      type: 'success',
      route: path,
      header: t('User created successfully'),
      content: t("You can view and download the user's password and email instructions for signing in to the AWS Management Console."),
    });
    setCreated({ password: outcome.secrets?.password ?? null });
    setStep(3);
  }

  const steps = [
    { title: t('Specify user details'), content: <CreateUserDetailsStep draft={draft} errors={errors} update={update} /> },
    { title: t('Set permissions'), content: <CreateUserPermissionsStep draft={draft} update={update} /> },
    {
      title: t('Review and create'),
      content: (
        <SpaceBetween size="l">
          {submitError && <Alert type="error" header={t('The user was not created')}>{submitError}</Alert>}
          <CreateUserReviewStep draft={draft} permissions={permissions} update={update} />
        </SpaceBetween>
      ),
    },
    // Like the console, the wizard gains its fourth step once a user with console access exists.
    ...(created ? [{ title: t('Retrieve password'), content: <CreateUserPasswordStep userName={draft.name} password={created.password} /> }] : []),
  ];

  return (
    <IamPage path={path} contentType="wizard" breadcrumbs={[{ text: t('Users'), href: '#/users' }, { text: t('Create user'), href: '#/users/create' }]}>
      <div className={created ? FINAL_STEP_CLASS : undefined}>
        <Wizard
          i18nStrings={WIZARD_STRINGS}
          steps={steps}
          activeStepIndex={step}
          isLoadingNextStep={busy}
          submitButtonText={created ? t('Return to users list') : t('Create user')}
          onCancel={() => navigate('#/users')}
          onSubmit={submit}
          onNavigate={({ detail }) => {
            if (created) return;
            if (detail.reason === 'next' && step === 0) {
              const found = validateDetails(draft, state.users.map((u) => u.name));
              setErrors(found);
              if (Object.keys(found).length) return;
            }
            setStep(detail.requestedStepIndex);
          }}
        />
      </div>
    </IamPage>
  );
}
