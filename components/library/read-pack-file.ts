import { LIMITS } from '../../packs/format/limits';
import { oversizeMessage, type PickedFile } from '../../state/file-size';

/** Read a picked or dropped file, refusing huge or non-pack files before reading them. */
export async function readPackFile(file: PickedFile): Promise<{ ok: true; text: string } | { ok: false; problem: string }> {
  if (!/\.(ya?ml|json)$/i.test(file.name)) return { ok: false, problem: `${file.name}:1:1 Not a pack file. Fix: Choose a .yaml, .yml or .json file.` };
  const tooBig = oversizeMessage(file, LIMITS.fileBytes, 'pack files');
  if (tooBig) return { ok: false, problem: `${file.name}:1:1 ${tooBig} Fix: Split the tutorial into several packs.` };
  return { ok: true, text: await file.text() };
}
