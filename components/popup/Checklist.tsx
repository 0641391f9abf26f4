import { useCallback, useState } from 'preact/hooks';
import { memo } from 'preact/compat';
import type { Pack } from '../../packs/format/load';
import type { LoadedStep } from '../../packs/format/load';
import type { StoredPack } from '../../state/packs';
import type { StepProgress } from '../../state/progress';
import { openStep } from '../console-tab';
import { createSession } from '../../state/session';
import { t } from '../../i18n/messages';

type Status = 'done' | 'current' | 'todo' | 'skipped';

const STATUS_TEXT: Record<Status, (verified: boolean, already: boolean) => string> = {
  // Already: the console showed it done before the tutorial asked (a pack's `alreadyDone`).
  done: (verified, already) => t(already ? 'statusAlreadyDone' : verified ? 'statusDoneVerified' : 'statusDoneSelf'),
  current: () => t('statusCurrent'),
  todo: () => t('statusTodo'),
  skipped: () => t('statusSkipped'),
};
const STATUS_ICON: Record<Status, string> = { done: '✓', current: '▶', todo: '○', skipped: '⤼' };

/** The active pack's steps, grouped by section, each with its status and what can be done with it. */
export function Checklist({ stored, progress, currentStepId }: { stored: StoredPack; progress: Record<string, StepProgress>; currentStepId: string | undefined }) {
  const { pack } = stored;
  // The step whose "Go" was refused: its page address is not a console address.
  const [refused, setRefused] = useState<LoadedStep | null>(null);
  const go = useCallback(async (step: LoadedStep) => setRefused((await openStep(step, pack)) ? null : step), [pack]);
  return (
    <div class="cc-checklist">
      {refused && (
        <p class="cc-notice" role="alert" data-cc="go-refused">
          {t('checklistGoRefused', refused.title)}
        </p>
      )}
      {pack.sections.map((section) => (
        <section key={section.id} aria-labelledby={`section-${section.id}`}>
          <h3 id={`section-${section.id}`}>{section.title}</h3>
          <ol>
            {section.steps.map((step) => (
              <StepRow key={step.id} pack={pack} step={step} entry={progress[step.id]} currentStepId={currentStepId} onGo={go} />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

interface StepRowProps {
  pack: Pack;
  step: LoadedStep;
  entry: StepProgress | undefined;
  currentStepId: string | undefined;
  onGo: (step: LoadedStep) => Promise<void>;
}

/** One step's row, rendered again only when its own progress (or the current step) changes: a 300-step list stays quick to update. */
const StepRow = memo(function StepRow({ pack, step, entry, currentStepId, onGo }: StepRowProps) {
  const status: Status = entry ? entry.status : step.id === currentStepId ? 'current' : 'todo';
  const verified = entry?.verified === true;
  const already = entry?.already === true;
  return (
    <li class={`cc-step cc-step-${status}`} data-step-id={step.id} data-status={status} data-verified={entry ? String(verified) : undefined} data-already={already ? 'true' : undefined}>
      <span class={`cc-step-icon${status === 'done' && !verified ? ' cc-self' : ''}`} aria-hidden="true">
        {STATUS_ICON[status]}
      </span>
      <span class="cc-step-title">
        {step.title}
        <span class="cc-step-status">{STATUS_TEXT[status](verified, already)}</span>
      </span>
      <span class="cc-step-actions">
        {step.page && (
          <button type="button" class="cc-small" aria-label={t('checklistGoLabel', step.title)} onClick={() => void onGo(step)}>
            {t('checklistGo')}
          </button>
        )}
        {entry ? (
          <button type="button" class="cc-small" aria-label={t('checklistUndoLabel', step.title)} onClick={() => void createSession(pack).undo(step.id)}>
            {t('checklistUndo')}
          </button>
        ) : (
          <button type="button" class="cc-small" aria-label={t('checklistMarkDoneLabel', step.title)} onClick={() => void createSession(pack).markDone(step.id, currentStepId)}>
            {t('buttonDone')}
          </button>
        )}
      </span>
    </li>
  );
});
