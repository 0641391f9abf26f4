/** What the library needs of a picked or dropped file to decide before reading it. */
export interface PickedFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

/** A size in words people read: bytes, KB or MB (1024-based, as the limits are set). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round((bytes / 1024) * 10) / 10} KB`;
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

/**
 * Why a file is too big to read, naming it, its size and the limit; null when it is not. Checked
 * on `file.size`, before `file.text()`, so a huge file is never read into memory.
 */
export function oversizeMessage(file: Pick<PickedFile, 'name' | 'size'>, limit: number, what: string): string | null {
  if (file.size <= limit) return null;
  const [size, max] = [formatBytes(file.size), formatBytes(limit)];
  // Just over the limit, rounded sizes would read the same: say the bytes.
  if (size === max) return `${file.name} is ${file.size} bytes; ${what} may be at most ${max} (${limit} bytes).`;
  return `${file.name} is ${size}; ${what} may be at most ${max}.`;
}
