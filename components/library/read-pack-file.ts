import { LIMITS } from '../../packs/format/limits';
import { oversizeMessage, type PickedFile } from '../../state/file-size';
import { t } from '../../i18n/messages';

/** Read a picked or dropped file, refusing huge or non-pack files before reading them. */
export async function readPackFile(file: PickedFile): Promise<{ ok: true; text: string } | { ok: false; problem: string }> {
  if (!/\.(ya?ml|json)$/i.test(file.name)) return { ok: false, problem: t('importNotPackFile', file.name) };
  const tooBig = oversizeMessage(file, LIMITS.fileBytes, 'pack');
  if (tooBig) return { ok: false, problem: t('importTooBig', file.name, tooBig) };
  return { ok: true, text: await file.text() };
}
