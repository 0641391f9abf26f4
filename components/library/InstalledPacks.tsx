import { useState } from 'preact/hooks';
import { memo } from 'preact/compat';
import type { ActivePack } from '../../state/packs';
import type { StepProgress } from '../../state/progress';
import type { DriftEntry } from '../../state/drift';
import { hiddenPackItem, removePack, type StoredPack } from '../../state/packs';
import type { Library } from '../useLibrary';
import { createSession } from '../../state/session';
import { startPack } from '../popup/pack-actions';
import { Checklist } from '../popup/Checklist';
import { DriftReport } from './DriftReport';
import { repairInDraft } from './preview-draft';
import { testedAgainstText } from '../tested-against';
import { plural, t, uiLanguage } from '../../i18n/messages';

/** The library's packs: start, hide (built-in) or remove (imported, with confirmation). */
export function InstalledPacks({ library }: { library: Library }) {
  const [showHidden, setShowHidden] = useState(false);
  const hiddenCount = library.packs.filter((p) => library.hidden.has(p.pack.id)).length;
  const shown = library.packs.filter((p) => showHidden || !library.hidden.has(p.pack.id));
  return (
    <section aria-labelledby="installed-heading">
      <h2 id="installed-heading">{t('installedHeading')}</h2>
      {shown.length === 0 && <p class="cc-muted">{t('installedEmpty')}</p>}
      <ul class="cc-pack-list">
        {shown.map((stored) => (
          <LibraryPack
            key={stored.pack.id}
            stored={stored}
            progress={library.progress[stored.pack.id]}
            activeStep={activeStepOf(library.active, stored.pack.id)}
            hidden={library.hidden.has(stored.pack.id)}
            drift={library.drift[stored.pack.id]}
          />
        ))}
      </ul>
      {hiddenCount > 0 && (
        <button type="button" class="cc-link-button" onClick={() => setShowHidden((s) => !s)}>
          {showHidden ? t('installedHideHidden') : plural(hiddenCount, 'installedShowHiddenOne', 'installedShowHiddenOther')}
        </button>
      )}
    </section>
  );
}

const activeStepOf = (active: ActivePack | null, packId: string) => (active?.packId === packId ? active.stepId : undefined);

interface LibraryPackProps {
  stored: StoredPack;
  progress: Record<string, StepProgress> | undefined;
  activeStep: string | undefined;
  hidden: boolean;
  drift: DriftEntry[] | undefined;
}

/**
 * One pack, rendered again only when its own data changes (a library change keeps the other
 * packs' objects): with many packs and two tabs marking steps, re-rendering all of them made each
 * step cost tens of milliseconds.
 */
const LibraryPack = memo(function LibraryPack({ stored, progress, activeStep, hidden, drift }: LibraryPackProps) {
  const [confirming, setConfirming] = useState(false);
  // A long checklist is only built when asked for; the library stays light with many packs.
  const [stepsOpen, setStepsOpen] = useState(false);
  const { pack, origin } = stored;
  const { done, already, total } = createSession(pack).countDone(progress);
  const tested = testedAgainstText(pack.testedAgainst);
  return (
    <li class="cc-pack" data-pack-id={pack.id}>
      <h3>{pack.title}</h3>
      <p>{pack.summary}</p>
      <p class="cc-muted">
        {[
          t('libVersionBy', pack.version, pack.author.name),
          t('libSteps', total),
          already > 0 ? `${t('libDone', done)} ${t('libAlready', already)}` : t('libDone', done),
          origin.kind === 'builtin' ? t('libBuiltIn') : t('libImportedFrom', origin.fileName, new Date(origin.installedAt).toLocaleDateString(uiLanguage())),
          ...(tested ? [tested] : []),
        ].join(' · ')}
      </p>
      <div class="cc-actions">
        <button type="button" class="cc-button cc-primary" onClick={() => void startPack(pack, progress)}>
          {t('buttonStart')}
        </button>
        {origin.kind === 'builtin' ? (
          <button type="button" class="cc-button" onClick={() => void hiddenPackItem(pack.id).setValue(!hidden)}>
            {hidden ? t('buttonShow') : t('buttonHide')}
          </button>
        ) : confirming ? (
          <span class="cc-confirm" role="group" aria-label={t('removeConfirmLabel', pack.title)}>
            <span>{t('removeConfirmText')}</span>
            <button type="button" class="cc-button cc-danger" onClick={() => void removePack(pack.id)}>
              {t('buttonYesRemove')}
            </button>
            <button type="button" class="cc-button" onClick={() => setConfirming(false)}>
              {t('buttonCancel')}
            </button>
          </span>
        ) : (
          <button type="button" class="cc-button" onClick={() => setConfirming(true)}>
            {t('buttonRemove')}
          </button>
        )}
      </div>
      <details class="cc-pack-steps" onToggle={(event) => setStepsOpen((event.currentTarget as HTMLDetailsElement).open)}>
        <summary>
          {already > 0 ? t('libStepsSummaryAlready', done, total, already) : t('libStepsSummary', done, total)}
        </summary>
        {stepsOpen && <Checklist stored={stored} progress={progress ?? NO_PROGRESS} currentStepId={activeStep} />}
      </details>
      {(drift?.length ?? 0) > 0 && (
        <DriftReport
          packId={pack.id}
          packTitle={pack.title}
          entries={drift!}
          // An imported pack's text goes into the draft editor to repair; built-in packs are fixed by us.
          onRepick={origin.kind === 'imported' ? (stepId) => void repairInDraft(pack, origin.source, stepId) : undefined}
        />
      )}
    </li>
  );
});

const NO_PROGRESS: Record<string, StepProgress> = {};
