import { overlayEnabledItem } from '../state/settings';
import { CoachDock } from './CoachDock';
import { useStorageItem } from './useStorageItem';

/** Everything the overlay shows, following the settings live (the popup may change them any time). */
export function OverlayRoot() {
  const enabled = useStorageItem(overlayEnabledItem);
  if (!enabled) return null;
  return <CoachDock onHide={() => void overlayEnabledItem.setValue(false)} />;
}
