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
export function useDraftArrivals(tools: PackTools | null, source: string | null, save: (next: string) => Promise<void>): string | null {
  const recording = useStorageItem(recordingItem);
  const repick = useStorageItem(repickItem);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    if (!tools || source === null || recording?.status !== 'stopped') return;
    void oneLibraryPageAtATime(async () => {
      // Read again under the lock: another library page may have taken it already.
      const stopped = await recordingItem.getValue();
      if (stopped?.status !== 'stopped') return;
      const { source: next, replaced } = tools.draftFromRecording(stopped, source);
      await save(next);
      if (replaced) await previousDraftItem.setValue(replaced);
      await recordingItem.setValue(null);
      const appended = stopped.append && !replaced;
      setMessage(plural(stopped.steps.length, appended ? 'recordingAppendedOne' : 'recordingArrivedOne', appended ? 'recordingAppendedOther' : 'recordingArrivedOther'));
    });
  }, [tools, source === null, recording]);

  useEffect(() => {
    if (!tools || source === null || !repick?.picked) return;
    void oneLibraryPageAtATime(async () => {
      const picked = await repickItem.getValue();
      if (!picked?.picked) return;
      await repickItem.setValue(null);
      const next = tools.draftWithTarget(source, picked.stepId, picked.picked.target);
      if (next === null) {
        setMessage(t('repickStepGone', picked.stepTitle));
        return;
      }
      await save(next);
      setMessage(t('repickApplied', picked.stepTitle));
      // A preview of the draft goes on at the step, now with its new target.
      const loaded = tools.loadPack(next, { knownPages: CATALOGUE_PAGE_IDS });
      const preview = await previewItem.getValue();
      if (loaded.ok && preview?.pack.id === picked.packId) await previewItem.setValue({ pack: loaded.pack, stepId: picked.stepId });
    });
  }, [tools, source === null, repick]);

  return message;
}

/**
 * Every open library page watches for arrivals; a Web Lock (shared by the extension's pages) lets
 * one take each, so with two pages open a recording is still added to the draft once.
 */
async function oneLibraryPageAtATime(work: () => Promise<void>): Promise<void> {
  await navigator.locks.request('console-coach.draft-arrivals', work);
}
