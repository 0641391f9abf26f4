import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { overlayEnabledItem } from '../../../state/settings';

describe('overlayEnabledItem', () => {
  beforeEach(() => fakeBrowser.reset());

  it('shows the coach by default', async () => {
    expect(await overlayEnabledItem.getValue()).toBe(true);
  });

  it('persists a change in extension storage and tells watchers', async () => {
    const watcher = vi.fn();
    const unwatch = overlayEnabledItem.watch(watcher);
    await overlayEnabledItem.setValue(false);
    expect(await fakeBrowser.storage.local.get('settings.overlayEnabled')).toEqual({ 'settings.overlayEnabled': false });
    expect(watcher).toHaveBeenCalledWith(false, true);
    unwatch();
  });
});
