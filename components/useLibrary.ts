import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { applyLibraryChanges, readActivePack, readLibrary, type Library } from '../state/library';
import { packInLanguage } from '../packs/format/pack-language';
import { uiLanguage } from '../i18n/messages';

export type { Library };

/**
 * The library, the active step and all progress, kept live through storage change events. With
 * `activeFirst` (the popup), the running pack alone comes first (`partial`), the whole library next.
 */
export function useLibrary({ activeFirst = false }: { activeFirst?: boolean } = {}): Library | null {
  const [library, setLibrary] = useState<Library | null>(null);
  useEffect(() => {
    let alive = true;
    let current: Library | null = null;
    let reading: Promise<void> | null = null;
    let readAgain = false;
    // Packs' own translations of their text, for the browser's language.
    const language = uiLanguage();
    const show = (next: Library) => {
      next = { ...next, packs: next.packs.map((stored) => ({ ...stored, pack: packInLanguage(stored.pack, language) })) };
      // A notice is said once (its key is removed when read): it stays on this page until it closes,
      // also when a later full read no longer finds it.
      if (current?.notices.length) next = { ...next, notices: [...new Set([...current.notices, ...next.notices])] };
      current = next;
      if (alive) setLibrary(next);
    };
    // One full read at a time; changes that arrive meanwhile are covered by one more read after it.
    const reload = () => {
      if (reading) {
        readAgain = true;
        return;
      }
      reading = readLibrary()
        .then(show)
        .finally(() => {
          reading = null;
          if (readAgain && alive) {
            readAgain = false;
            reload();
          }
        });
    };
    // The small reads first: storage answers in order, and the full read would hold them up.
    if (activeFirst) {
      reading = readActivePack()
        .then((partial) => {
          if (partial && !current) show(partial);
        })
        .catch(() => undefined)
        .finally(() => {
          reading = null;
          readAgain = false;
          if (alive) reload();
        });
    } else reload();
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local') return;
      const next = current && !reading ? applyLibraryChanges(current, changes) : null;
      if (next) show(next);
      else reload();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return library;
}
