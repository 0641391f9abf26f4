import { useState } from 'react';
import Alert from '@cloudscape-design/components/alert';
import Wizard from '@cloudscape-design/components/wizard';
import { pushFlash } from '../layout/flash';
import { dispatch } from '../state/store';
import { INITIAL_DRAFT, draftToAlarm, stepErrors, type AlarmDraft, type DraftErrors } from './alarmDraft';
import { ActionsStep } from './ActionsStep';
import { MetricStep } from './MetricStep';
import { NameStep } from './NameStep';
import { PreviewStep } from './PreviewStep';
import { t } from '../i18n';

const toList = () => (window.location.hash = '#alarmsV2:');

/** `#alarmsV2:create`: the four-step Create alarm wizard. */
export function CreateAlarmWizard({ region }: { region: string }) {
  const [draft, setDraft] = useState<AlarmDraft>(INITIAL_DRAFT);
  const [step, setStep] = useState(0);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const update = (patch: Partial<AlarmDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setErrors({});
  };

  // Leaving a step forwards checks it and every step before the target, as the console does.
  function goTo(target: number) {
    for (let s = Math.min(step, target); s < target; s++) {
      const found = stepErrors(s, draft);
      if (Object.keys(found).length) {
        setErrors(found);
        setStep(s);
        return;
      }
    }
    setErrors({});
    setStep(target);
  }

  async function submit() {
    setBusy(true);
    const name = draft.name.trim();
    const outcome = await dispatch({ type: 'createAlarm', alarm: draftToAlarm(draft) });
    setBusy(false);
    if (!outcome.ok) return setSubmitError(outcome.error);
    pushFlash({ type: 'success', route: 'alarmsV2:', header: `Successfully created alarm ${name}.` });
    toList();
  }

  return (
    <Wizard
      activeStepIndex={step}
      isLoadingNextStep={busy}
      onNavigate={(event) => goTo(event.detail.requestedStepIndex)}
      onCancel={toList}
      onSubmit={() => void submit()}
      submitButtonText={t('Create alarm')}
      i18nStrings={{
        stepNumberLabel: (n) => `Step ${n}`,
        collapsedStepsLabel: (n, total) => `Step ${n} of ${total}`,
        skipToButtonLabel: (s) => `Skip to ${s.title}`,
        navigationAriaLabel: 'Steps',
        cancelButton: t('Cancel'),
        previousButton: 'Previous',
        nextButton: t('Next'),
        optional: 'optional',
      }}
      steps={[
        {
          title: t('Specify metric and conditions'),
          content: <MetricStep draft={draft} update={update} errors={errors} region={region} />,
        },
        { title: t('Configure actions'), content: <ActionsStep draft={draft} update={update} errors={errors} /> },
        { title: t('Add name and description'), content: <NameStep draft={draft} update={update} errors={errors} /> },
        {
          title: t('Preview and create'),
          content: (
            <>
              {submitError && <Alert type="error" header={t('The alarm could not be created')}>{submitError}</Alert>}
              <PreviewStep draft={draft} onEdit={goTo} />
            </>
          ),
        },
      ]}
    />
  );
}
