import { browser } from 'wxt/browser';
import { loadPack } from '../packs/format/load';
import { formatProblem } from '../packs/format/problems';
import { guardQuota } from './quota';
import { NOTICE_KEY_PREFIX } from './keys';
import { PACK_KEY_PREFIX, activePackItem, listPacks } from './packs';
import { t } from '../i18n/messages';


/**
 * After an update, hold every imported pack to this version's checks, from the text it was
 * imported from: a pack that an older version let in (a page address or a CSS selector that is
 * refused now) must not keep running. A pack that still loads is stored in its newly loaded form;
 * one that no longer does is taken out of the library, its progress kept (a fixed version of the
 * same pack, imported again, takes it up), and the library says why, with the first problem.
 */
export async function recheckImportedPacks(knownPages: ReadonlySet<string>): Promise<string[]> {
  const { packs } = await listPacks();
  const removed: string[] = [];
  for (const stored of packs) {
    if (stored.origin.kind !== 'imported') continue;
    const { fileName, source } = stored.origin;
    const result = loadPack(source, { knownPages });
    const key = `${PACK_KEY_PREFIX}${stored.pack.id}`;
    if (result.ok && result.pack.id === stored.pack.id) {
      await guardQuota(() => browser.storage.local.set({ [key]: { ...stored, pack: result.pack } }));
      continue;
    }
    const why = result.ok ? `its id is now "${result.pack.id}"` : formatProblem(fileName, result.problems[0]!);
    await browser.storage.local.remove([key, `${key}$`]);
    if ((await activePackItem.getValue())?.packId === stored.pack.id) await activePackItem.setValue(null);
    await browser.storage.local.set({
      [`${NOTICE_KEY_PREFIX}recheck.${stored.pack.id}`]: t('recheckRemoved', stored.pack.title, why),
    });
    removed.push(stored.pack.id);
  }
  return removed;
}

/** Which version of the extension last held the imported packs to its checks. */
const CHECKED_BY_KEY = 'recheck.checkedBy';

/**
 * Run the re-check once per extension version, from the background: when the version that last
 * checked the library is not this one (an update; `runtime.onInstalled` is not reliable for every
 * way an extension is updated, e.g. an unpacked folder with a new version).
 */
export async function recheckOncePerVersion(knownPages: ReadonlySet<string>, version = browser.runtime.getManifest().version): Promise<void> {
  const checkedBy = (await browser.storage.local.get(CHECKED_BY_KEY))[CHECKED_BY_KEY];
  if (checkedBy === version) return;
  await recheckImportedPacks(knownPages);
  await browser.storage.local.set({ [CHECKED_BY_KEY]: version });
}
