import { t, type MessageKey } from '../i18n/messages';

/** What the library needs of a picked or dropped file to decide before reading it. */
export interface PickedFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

/** A size in words people read: bytes, KB or MB (1024-based, as the limits are set). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return t('sizeBytes', bytes);
  if (bytes < 1024 * 1024) return t('sizeKilobytes', Math.round((bytes / 1024) * 10) / 10);
  return t('sizeMegabytes', Math.round((bytes / (1024 * 1024)) * 10) / 10);
}

/** Which files a limit is for, in the message that names it. */
export type FileKind = 'pack' | 'progress';
const FILE_KINDS: Record<FileKind, MessageKey> = { pack: 'filesPack', progress: 'filesProgress' };

/**
 * Why a file is too big to read, naming it, its size and the limit; null when it is not. Checked
 * on `file.size`, before `file.text()`, so a huge file is never read into memory.
 */
export function oversizeMessage(file: Pick<PickedFile, 'name' | 'size'>, limit: number, kind: FileKind): string | null {
  if (file.size <= limit) return null;
  const [size, max] = [formatBytes(file.size), formatBytes(limit)];
  const what = t(FILE_KINDS[kind]);
  // Just over the limit, rounded sizes would read the same: say the bytes.
  if (size === max) return t('fileTooBig', file.name, t('sizeBytes', file.size), what, `${max} (${t('sizeBytes', limit)})`);
  return t('fileTooBig', file.name, size, what, max);
}
