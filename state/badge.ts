import { browser } from 'wxt/browser';
import { overlayEnabledItem } from './settings';
import { activePackItem, isStoredPack, packItem } from './packs';
import { createSession } from './session';
import { readPackProgress } from './progress';

/** What the toolbar badge says: "7/12" for the running pack, "off" while the coach is hidden. */
export async function badgeText(): Promise<string> {
  if (!(await overlayEnabledItem.getValue())) return 'off';
  const active = await activePackItem.getValue();
  if (!active) return '';
  const stored = await packItem(active.packId).getValue();
  if (!isStoredPack(stored)) return '';
  const { progress } = await readPackProgress(active.packId);
  const { done, total } = createSession(stored.pack).countDone(progress);
  return `${done}/${total}`;
}

/** Keep the badge in step with storage, from the background script. */
export function startBadgeSync(): void {
  const action = browser.action ?? browser.browserAction; // Firefox MV2 has browserAction
  const apply = async () => {
    await action.setBadgeText({ text: await badgeText() });
    await action.setBadgeBackgroundColor({ color: '#5221ad' });
  };
  void apply();
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'local') void apply();
  });
}
