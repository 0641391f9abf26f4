import { browser } from 'wxt/browser';
import { overlayEnabledItem } from './settings';

/** The toolbar badge says "off" while the coach is hidden on console pages, so nobody wonders why. */
export function startBadgeSync(): void {
  const apply = (enabled: boolean) => {
    const action = browser.action ?? browser.browserAction; // Firefox MV2 has browserAction
    void action.setBadgeText({ text: enabled ? '' : 'off' });
    void action.setBadgeBackgroundColor({ color: '#5f6b7a' });
  };
  void overlayEnabledItem.getValue().then(apply);
  overlayEnabledItem.watch(apply);
}
