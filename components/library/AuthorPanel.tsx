import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { allSteps } from '../../state/packs';
import { authorModeItem, draftSourceItem, previewItem, previousDraftItem } from '../../state/author';
import type { DriftEntry } from '../../state/drift';
import { startPreview } from './preview-draft';
import { useStorageItem } from '../useStorageItem';
import { followItem } from '../../state/follow-item';
import { DriftReport } from './DriftReport';
import { CATALOGUE_PAGE_IDS } from '../../packs/catalogue/catalogue';
import { usePackTools } from './lazy-pack-tools';
import { useDraftArrivals } from './draft-arrivals';
import { RecordControls } from './RecordControls';
import { plural, t } from '../../i18n/messages';

const DRAFT_FILE = 'draft.yaml';
/** The browser's suggested key for author mode (wxt.config.ts); people can change it. */
const AUTHOR_SHORTCUT = 'Alt+Shift+A';

/**
 * For pack authors: author mode (the element picker on console pages), and a draft editor that
 * checks the pack as it is typed and previews it in the console from any step, without
 * installing it or touching anyone's progress.
 */
export function AuthorPanel({ drift }: { drift: Record<string, DriftEntry[]> }) {
  const authoring = useStorageItem(authorModeItem);
  const preview = useStorageItem(previewItem);
  const [source, setSource] = useState<string | null>(null);
  const [checked, setChecked] = useState('');
  const [startAt, setStartAt] = useState('');
  const [saveError, setSaveError] = useState<string | null>(null);
  // What storage holds, so only the author's own edits are written (opening the page writes nothing).
  const saved = useRef<string | null>(null);

  // The draft is kept in extension storage: it comes back when the library is opened again. A pack
  // put into the editor from elsewhere (repairing an installed pack) shows at once.
  useEffect(() => {
    let first = true;
    return followItem(draftSourceItem, (value) => {
      const initial = first;
      first = false;
      if (!initial && value === saved.current) return;
      saved.current = value;
      // What the author typed before the draft was read is kept.
      setSource((current) => (initial ? (current ?? value) : value));
    });
  }, []);
  // Check and save shortly after typing stops, not on every key.
  useEffect(() => {
    if (source === null) return;
    const timer = setTimeout(() => {
      setChecked(source);
      if (source === saved.current) return;
      draftSourceItem.setValue(source).then(
        () => {
          saved.current = source;
          setSaveError(null);
        },
        (error: Error) => setSaveError(t('authorSaveError', error.message)),
      );
    }, 250);
    return () => clearTimeout(timer);
  }, [source]);
  // The validator loads after the library shows (lazy-pack-tools.ts); the draft is checked then.
  const tools = usePackTools();
  // A recording or a re-picked target from the console: saved at once, not after a pause.
  const arrived = useDraftArrivals(tools, source, async (next) => {
    setSource(next);
    await draftSourceItem.setValue(next);
    saved.current = next;
  });
  const previousDraft = useStorageItem(previousDraftItem);
  const result = useMemo(() => (tools && checked.trim() ? tools.loadPack(checked, { knownPages: CATALOGUE_PAGE_IDS }) : null), [checked, tools]);
  const steps = result?.ok ? allSteps(result.pack) : [];
  const firstStep = steps.find((s) => s.id === startAt) ?? steps[0];

  return (
    <section aria-labelledby="author-heading" data-cc="author">
      <h2 id="author-heading">{t('authorHeading')}</h2>
      <h3>{t('authorModeTitle')}</h3>
      <p class="cc-muted">{t('authorModeIntro', AUTHOR_SHORTCUT)}</p>
      <div class="cc-actions">
        <button type="button" class="cc-button" aria-pressed={authoring === true} onClick={() => void authorModeItem.setValue(!authoring)}>
          {authoring ? t('authorTurnOff') : t('authorTurnOn')}
        </button>
      </div>

      <RecordControls hasDraft={(source ?? '').trim() !== ''} />

      <h3>{t('authorDraftHeading')}</h3>
      {arrived && (
        <p class="cc-success" role="status" data-cc="draft-arrived">
          {arrived}
        </p>
      )}
      {previousDraft && (
        <p class="cc-notice">
          {t('recordingReplacedDraft')}{' '}
          <button
            type="button"
            class="cc-link-button"
            onClick={() => {
              setSource(previousDraft);
              void previousDraftItem.setValue(null);
            }}
          >
            {t('recordingRestoreDraft')}
          </button>
        </p>
      )}
      <label class="cc-field">
        <span>{t('authorDraftLabel')}</span>
        <textarea class="cc-draft" rows={14} spellcheck={false} value={source ?? ''} onInput={(e) => setSource(e.currentTarget.value)} />
      </label>
      {saveError && (
        <p class="cc-notice" role="alert">
          {saveError}
        </p>
      )}
      <div aria-live="polite" data-cc="draft-status">
        {result && !result.ok && (
          <ul class="cc-problems">
            {result.problems.map((p) => (
              <li key={`${p.line}:${p.column}:${p.message}`}>{tools!.formatProblem(DRAFT_FILE, p)}</li>
            ))}
          </ul>
        )}
        {result?.ok && (
          <p class="cc-success">
            {t('authorNoProblems', result.pack.title, plural(steps.length, 'stepsOne', 'stepsOther'))}
          </p>
        )}
      </div>
      {result?.ok && (
        <div class="cc-actions">
          <label class="cc-field-inline">
            <span>{t('authorStartAt')}</span>
            <select value={firstStep?.id} onChange={(e) => setStartAt(e.currentTarget.value)}>
              {steps.map((s, i) => (
                <option key={s.id} value={s.id}>
                  {i + 1}. {s.title}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            class="cc-button cc-primary"
            onClick={() => void startPreview(result.pack, firstStep!.id)}
          >
            {t('authorPreviewButton')}
          </button>
        </div>
      )}
      {preview && (
        <p class="cc-notice" role="status">
          {t('authorPreviewing', preview.pack.title)}{' '}
          <button type="button" class="cc-link-button" onClick={() => void previewItem.setValue(null)}>
            {t('buttonStopPreview')}
          </button>
        </p>
      )}
      {result?.ok && (drift[result.pack.id]?.length ?? 0) > 0 && <DriftReport packId={result.pack.id} packTitle={result.pack.title} entries={drift[result.pack.id]!} onRepick={(stepId) => void startPreview(result.pack, stepId)} />}
    </section>
  );
}
