import type { Pack } from '../../packs/format/load';
import { createSession, type Progress } from '../../state/session';
import { resumeInConsole } from '../console-tab';

/** Start or resume a pack at its next open step (or the kept one), and bring the console forward. */
export async function startPack(pack: Pack, progress: Progress | undefined, keepStepId?: string): Promise<void> {
  const step = await createSession(pack).start(progress, keepStepId);
  await resumeInConsole(step, pack);
}
