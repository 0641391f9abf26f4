import { storage } from 'wxt/utils/storage';

/**
 * Whether the coach shows on console pages. The popup and the pack library write it; every console
 * tab follows it live through storage change events.
 */
export const overlayEnabledItem = storage.defineItem<boolean>('local:settings.overlayEnabled', {
  fallback: true,
  version: 1,
});
