import { clearDrift, driftReportFile, type DriftEntry } from '../../state/drift';
import { describeTarget } from '../../packs/format/describe-target';
import { download } from './download';

const KIND_TEXT: Record<DriftEntry['kind'], string> = {
  'target-not-found': 'Target not found',
  'page-not-recognised': 'Page not recognised',
};

/**
 * One pack's drift report in the library: where its steps could not be followed on the console,
 * how often, and a JSON export an instructor can collect to fix the pack.
 */
export function DriftReport({ packId, packTitle, entries }: { packId: string; packTitle: string; entries: DriftEntry[] }) {
  const sightings = entries.reduce((sum, e) => sum + e.count, 0);
  return (
    <details class="cc-pack-drift" data-cc="drift-report">
      <summary>
        Drift report: {entries.length} {entries.length === 1 ? 'place' : 'places'}, seen {sightings} {sightings === 1 ? 'time' : 'times'}
      </summary>
      <p class="cc-muted">
        Steps of “{packTitle}” that could not be followed on the console. The report holds step ids, the pack's own targets, page ids and console addresses with
        names and ids masked; nothing you typed and nothing the console showed.
      </p>
      <ul class="cc-drift-list">
        {entries.map((entry) => (
          <li key={`${entry.packVersion}:${entry.stepId}:${entry.kind}:${entry.where}`} data-step-id={entry.stepId} data-kind={entry.kind}>
            <strong>{KIND_TEXT[entry.kind]}</strong> at step <code>{entry.stepId}</code> (version {entry.packVersion}): {describeTarget(entry.locators ?? undefined)}, expected on{' '}
            <code>{entry.expectedPage ?? 'any page'}</code>, seen on <code>{entry.detectedPages.join(', ') || 'an unrecognised page'}</code> at <code>{entry.where}</code>.{' '}
            <span class="cc-muted">
              {entry.count} {entry.count === 1 ? 'time' : 'times'}, last {new Date(entry.lastSeen).toLocaleString()}
            </span>
          </li>
        ))}
      </ul>
      <div class="cc-actions">
        <button type="button" class="cc-button" onClick={() => download(`${packId}-drift-report.json`, JSON.stringify(driftReportFile(entries), null, 2))}>
          Export drift report
        </button>
        <button type="button" class="cc-button" onClick={() => void clearDrift(packId)}>
          Clear report
        </button>
      </div>
    </details>
  );
}
