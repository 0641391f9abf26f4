import { draftSourceItem, previewItem, previousDraftItem } from '../../state/author';
import { allSteps } from '../../state/packs';
import type { Pack } from '../../packs/format/load';
import { resumeInConsole } from '../console-tab';

/** Preview a pack in the console from one step, without installing it or recording progress. */
export async function startPreview(pack: Pack, stepId: string): Promise<void> {
  await previewItem.setValue({ pack, stepId });
  await resumeInConsole(allSteps(pack).find((s) => s.id === stepId), pack);
}

/**
 * Repair an imported pack whose step went missing: its text goes into the draft editor (the draft
 * there is kept, to bring back) and it is previewed from that step, where the callout offers
 * Re-pick target.
 */
export async function repairInDraft(pack: Pack, source: string, stepId: string): Promise<void> {
  const current = await draftSourceItem.getValue();
  if (current.trim() && current !== source) await previousDraftItem.setValue(current);
  await draftSourceItem.setValue(source);
  await startPreview(pack, stepId);
}
