import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { activePackItem, hiddenPackItem, listPacks, type ActivePack, type StoredPack } from '../state/packs';
import { readPackProgress, type StepProgress } from '../state/progress';

export interface Library {
  packs: StoredPack[];
  hidden: Set<string>;
  active: ActivePack | null;
  progress: Record<string, Record<string, StepProgress>>;
  /** Things the library had to repair, said once. */
  notices: string[];
}

async function readLibrary(): Promise<Library> {
  const { packs, dropped } = await listPacks();
  const notices = dropped.map((id) => `The stored pack "${id}" was damaged and has been removed. Import it again to use it.`);
  const progress: Library['progress'] = {};
  const hidden = new Set<string>();
  for (const { pack } of packs) {
    const read = await readPackProgress(pack.id);
    if (read.reset) notices.push(`The progress of "${pack.title}" was damaged and has been reset.`);
    progress[pack.id] = read.progress;
    if (await hiddenPackItem(pack.id).getValue()) hidden.add(pack.id);
  }
  return { packs, hidden, active: await activePackItem.getValue(), progress, notices };
}

/** The library, the active step and all progress, kept live through storage change events. */
export function useLibrary(): Library | null {
  const [library, setLibrary] = useState<Library | null>(null);
  useEffect(() => {
    let alive = true;
    let queued = false;
    const reload = () => {
      if (queued) return;
      queued = true;
      // Several keys change at once (a step done + the next step): read once for all of them.
      queueMicrotask(() => {
        queued = false;
        void readLibrary().then((next) => alive && setLibrary(next));
      });
    };
    reload();
    const onChanged = (_changes: unknown, area: string) => area === 'local' && reload();
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return library;
}

export function countDone(pack: StoredPack['pack'], progress: Record<string, StepProgress> | undefined): { done: number; total: number } {
  const steps = pack.sections.flatMap((s) => s.steps);
  return { done: steps.filter((s) => progress?.[s.id]).length, total: steps.length };
}
