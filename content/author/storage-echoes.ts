import { canonicalJson } from '../../packs/format/locator-key';

/**
 * A copy kept in memory and written to extension storage comes back through the storage watch,
 * later, as an echo of each write (keys sorted, in Chrome). The echo of an older write must not
 * replace what was built on it since; a value this copy never wrote is someone else's change.
 */
export interface StorageEchoes {
  /** A value was just written from the copy. */
  wrote(value: unknown): void;
  /** Whether a value storage reports is one this copy wrote (the copy is that value, or newer). */
  isOwnEcho(value: unknown): boolean;
}

export function storageEchoes(): StorageEchoes {
  const unechoed: string[] = [];
  return {
    wrote: (value) => void unechoed.push(canonicalJson(value)),
    isOwnEcho: (value) => {
      const at = unechoed.indexOf(canonicalJson(value));
      // Storage reports changes in the order they were written: the earlier writes were echoed too.
      if (at !== -1) unechoed.splice(0, at + 1);
      else unechoed.length = 0;
      return at !== -1;
    },
  };
}
