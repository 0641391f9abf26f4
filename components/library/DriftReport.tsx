import { clearDrift, driftReportFile, type DriftEntry } from '../../state/drift';
import { describeTargetLocalised } from '../../i18n/describe-target';
import { download } from './download';
import { plural, t, tParts, uiLanguage, type MessageKey } from '../../i18n/messages';
import type { ComponentChildren } from 'preact';

const KIND_TEXT: Record<DriftEntry['kind'], MessageKey> = {
  'target-not-found': 'driftTargetNotFound',
  'page-not-recognised': 'driftPageNotRecognised',
};

/**
 * One pack's drift report in the library: where its steps could not be followed on the console,
 * how often, and a JSON export an instructor can collect to fix the pack. Re-pick target previews
 * the step in the console (from the draft editor), where the author picks the right element.
 */
export function DriftReport({ packId, packTitle, entries, onRepick }: { packId: string; packTitle: string; entries: DriftEntry[]; onRepick?: (stepId: string) => void }) {
  const sightings = entries.reduce((sum, e) => sum + e.count, 0);
  return (
    <details class="cc-pack-drift" data-cc="drift-report">
      <summary>
        {t('driftSummary', plural(entries.length, 'driftPlacesOne', 'driftPlacesOther'), plural(sightings, 'driftTimesOne', 'driftTimesOther'))}
      </summary>
      <p class="cc-muted">{t('driftIntro', packTitle)}</p>
      <ul class="cc-drift-list">
        {entries.map((entry) => (
          <li key={`${entry.packVersion}:${entry.stepId}:${entry.kind}:${entry.where}`} data-step-id={entry.stepId} data-kind={entry.kind}>
            {tParts<ComponentChildren>(
              'driftEntry',
              <strong>{t(KIND_TEXT[entry.kind])}</strong>,
              <code>{entry.stepId}</code>,
              entry.packVersion,
              describeTargetLocalised(entry.locators ?? undefined),
              <code>{entry.expectedPage ?? t('driftAnyPage')}</code>,
              <code>{entry.detectedPages.join(', ') || t('driftUnrecognisedPage')}</code>,
              <code>{entry.where}</code>,
            )}{' '}
            <span class="cc-muted">{plural(entry.count, 'driftCountOne', 'driftCountOther', new Date(entry.lastSeen).toLocaleString(uiLanguage()))}</span>
            {onRepick && entry.kind === 'target-not-found' && (
              <>
                {' '}
                <button type="button" class="cc-link-button" onClick={() => onRepick(entry.stepId)}>
                  {t('buttonRepick')}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      <div class="cc-actions">
        <button type="button" class="cc-button" onClick={() => download(`${packId}-drift-report.json`, JSON.stringify(driftReportFile(entries), null, 2))}>
          {t('driftExport')}
        </button>
        <button type="button" class="cc-button" onClick={() => void clearDrift(packId)}>
          {t('driftClear')}
        </button>
      </div>
    </details>
  );
}
