import { useState } from 'preact/hooks';
import { authorModeItem } from '../../state/author';
import { recordingItem, startRecording } from '../../state/recording';
import { resumeInConsole } from '../console-tab';
import { useStorageItem } from '../useStorageItem';
import { plural, t } from '../../i18n/messages';

/**
 * Record a tutorial by doing it once: Record starts a recording that every console tab follows
 * (the panel there has Pause, Undo last step and Stop recording); Stop brings the steps into the
 * draft editor below, appended to the draft when the author asks.
 */
export function RecordControls({ hasDraft }: { hasDraft: boolean }) {
  const recording = useStorageItem(recordingItem);
  const [append, setAppend] = useState(true);
  const running = recording && recording.status !== 'stopped';

  const record = async () => {
    // The picker takes the author's clicks; a recording needs them to reach the console.
    await authorModeItem.setValue(false);
    await startRecording(hasDraft && append);
    await resumeInConsole(undefined, undefined);
  };

  return (
    <div data-cc="record-controls">
      <h3>{t('recordHeading')}</h3>
      <p class="cc-muted">{t('recordIntro')}</p>
      {running ? (
        <p class="cc-notice" role="status">
          {recording.status === 'paused' ? t('recorderPaused') : t('recorderRecording')} {plural(recording.steps.length, 'stepsOne', 'stepsOther')}{' '}
          <button type="button" class="cc-link-button" onClick={() => void recordingItem.setValue({ ...recording, status: 'stopped' })}>
            {t('recorderStop')}
          </button>
        </p>
      ) : (
        <div class="cc-actions">
          {hasDraft && (
            <label class="cc-field-inline">
              <input type="checkbox" checked={append} onChange={(e) => setAppend(e.currentTarget.checked)} />
              <span>{t('recordAppend')}</span>
            </label>
          )}
          <button type="button" class="cc-button cc-primary" onClick={() => void record()}>
            {t('recorderRecord')}
          </button>
        </div>
      )}
    </div>
  );
}
