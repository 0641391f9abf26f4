import { defineStorageItem } from './storage-item';
import { OVERLAY_ENABLED_KEY } from './keys';

/**
 * Whether the coach shows on console pages. The popup and the pack library write it; every console
 * tab follows it live through storage change events.
 */
export const overlayEnabledItem = defineStorageItem<boolean>(`local:${OVERLAY_ENABLED_KEY}`, {
  fallback: true,
  version: 1,
});
