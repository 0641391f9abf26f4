/** Extension storage is full: the message says so in words a student understands. */
export class StorageFullError extends Error {
  constructor(cause: unknown) {
    super('The extension\'s storage is full. Remove packs you no longer use in the pack library, then try again.', { cause });
    this.name = 'StorageFullError';
  }
}

export function isQuotaError(error: unknown): boolean {
  return /quota/i.test(String((error as Error | undefined)?.message ?? error));
}

/** Run a storage write; a quota failure becomes a StorageFullError the UI can show. */
export async function guardQuota<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError(error);
    throw error;
  }
}
