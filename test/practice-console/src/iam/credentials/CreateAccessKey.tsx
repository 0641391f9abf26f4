import { useState } from 'react';
import Alert from '@cloudscape-design/components/alert';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Wizard from '@cloudscape-design/components/wizard';
import { dispatch, usePracticeState } from '../../state/store';
import { navigate } from '../../routing';
import { pushFlash } from '../../layout/flash';
import { FINAL_STEP_CLASS, WIZARD_STRINGS } from '../../layout/wizardStrings';
import { IamPage } from '../IamPage';
import { USE_CASES } from './accessKeyUseCases';
import { AccessKeyUseCaseStep } from './AccessKeyUseCaseStep';
import { AccessKeyRetrieveStep } from './AccessKeyRetrieveStep';
import { credentialsBreadcrumbs, credentialsHome, credentialsOwner } from './credentialsRoutes';
import { t } from '../../i18n';

/** Create access key: best practices & alternatives, description tag, then the secret shown once. */
export function CreateAccessKey({ path, userName }: { path: string; userName: string | null }) {
  const state = usePracticeState();
  const owner = credentialsOwner(userName, state.identity);
  const home = credentialsHome(userName === null ? null : owner);
  const [step, setStep] = useState(0);
  const [useCase, setUseCase] = useState<string | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<{ useCase?: string; confirmed?: string; description?: string }>({});
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The secret lives only here, in the page's memory, as long as this step is shown.
  const [created, setCreated] = useState<{ accessKeyId: string; secret: string } | null>(null);

  function checkUseCase(): boolean {
    const found: typeof errors = {};
    const chosen = USE_CASES.find((c) => c.value === useCase);
    if (!chosen) found.useCase = t('Choose a use case.');
    else if (chosen.alternative && !confirmed) found.confirmed = t('Confirm that you understand the recommendation.');
    setErrors(found);
    return Object.keys(found).length === 0;
  }

  async function submit() {
    if (created) return navigate(home.hash);
    if (description.length > 256) return setErrors({ description: t('The description can have up to 256 characters.') });
    setBusy(true);
    const outcome = await dispatch({ type: 'createAccessKey', userName: owner, description: description || undefined });
    setBusy(false);
    if (!outcome.ok || !outcome.secrets?.accessKeyId || !outcome.secrets.secretAccessKey) {
      return setSubmitError(outcome.ok ? t('The access key was not returned.') : outcome.error);
    }
    pushFlash({
      type: 'success',
      route: path,
      header: t('Access key created'),
      content: t('This is the only time that the secret access key can be viewed or downloaded. You cannot recover it later. However, you can create a new access key any time.'),
    });
    setCreated({ accessKeyId: outcome.secrets.accessKeyId, secret: outcome.secrets.secretAccessKey });
    setStep(2);
  }

  return (
    <IamPage path={path} contentType="wizard" breadcrumbs={credentialsBreadcrumbs(userName === null ? null : owner, t('Create access key'))}>
      <div className={created ? FINAL_STEP_CLASS : undefined}>
        <Wizard
          i18nStrings={WIZARD_STRINGS}
          activeStepIndex={step}
          isLoadingNextStep={busy}
          submitButtonText={created ? t('Done') : t('Create access key')}
          onCancel={() => navigate(home.hash)}
          onSubmit={submit}
          onNavigate={({ detail }) => {
            if (created) return;
            if (detail.reason === 'next' && step === 0 && !checkUseCase()) return;
            setStep(detail.requestedStepIndex);
          }}
          steps={[
            {
              title: t('Access key best practices & alternatives'),
              description: t('Avoid using long-term credentials like access keys to improve your security. Consider the following use cases and alternatives.'),
              content: <AccessKeyUseCaseStep useCase={useCase} confirmed={confirmed} errors={errors} onUseCase={setUseCase} onConfirmed={setConfirmed} />,
            },
            {
              title: t('Set description tag'),
              isOptional: true,
              content: (
                <SpaceBetween size="l">
                  {submitError && <Alert type="error" header={t('The access key was not created')}>{submitError}</Alert>}
                  <Container header={<Header variant="h2" description={t('The description for this access key will be attached to this user as a tag and shown alongside the access key.')}>{t('Description tag value')}</Header>}>
                    <FormField label={t('Description tag value')} constraintText={t('Maximum 256 characters.')} errorText={errors.description}>
                      <Input value={description} onChange={(e) => setDescription(e.detail.value)} />
                    </FormField>
                  </Container>
                </SpaceBetween>
              ),
            },
            // The last step exists once the key does, so "Create access key" is the submit of step 2.
            ...(created
              ? [{ title: t('Retrieve access keys'), content: <AccessKeyRetrieveStep owner={owner ?? 'root'} accessKeyId={created.accessKeyId} secret={created.secret} /> }]
              : []),
          ]}
        />
      </div>
    </IamPage>
  );
}
