import { useEffect, useState } from 'preact/hooks';
import { previewItem, previousDraftItem } from '../../state/author';
import { recordingItem } from '../../state/recording';
import { repickItem } from '../../state/repick';
import { CATALOGUE_PAGE_IDS } from '../../packs/catalogue/catalogue';
import { plural, t } from '../../i18n/messages';
import type { PackTools } from './lazy-pack-tools';
import { useStorageItem } from '../useStorageItem';

/**
 * What reaches the draft editor from the console: a stopped recording (its steps become the draft,
 * or are appended to it) and a re-picked target (written into its step). Both wait in extension
 * storage until the library is open, so nothing is lost when it is closed. Returns what happened,
 * for the editor's status line.
 */
export function useDraftArrivals(tools: PackTools | null, source: string | null, save: (next: string) => void): string | null {
  const recording = useStorageItem(recordingItem);
  const repick = useStorageItem(repickItem);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    if (!tools || source === null || recording?.status !== 'stopped') return;
    const { source: next, replaced } = tools.draftFromRecording(recording, source);
    save(next);
    void (replaced ? previousDraftItem.setValue(replaced) : Promise.resolve()).then(() => recordingItem.setValue(null));
    setMessage(plural(recording.steps.length, recording.append && !replaced ? 'recordingAppendedOne' : 'recordingArrivedOne', recording.append && !replaced ? 'recordingAppendedOther' : 'recordingArrivedOther'));
  }, [tools, source === null, recording]);

  useEffect(() => {
    if (!tools || source === null || !repick?.picked) return;
    const next = tools.draftWithTarget(source, repick.stepId, repick.picked.target);
    void repickItem.setValue(null);
    if (next === null) {
      setMessage(t('repickStepGone', repick.stepTitle));
      return;
    }
    save(next);
    setMessage(t('repickApplied', repick.stepTitle));
    // A preview of the draft goes on at the step, now with its new target.
    const loaded = tools.loadPack(next, { knownPages: CATALOGUE_PAGE_IDS });
    void previewItem.getValue().then((preview) => {
      if (loaded.ok && preview?.pack.id === repick.packId) void previewItem.setValue({ pack: loaded.pack, stepId: repick.stepId });
    });
  }, [tools, source === null, repick]);

  return message;
}
