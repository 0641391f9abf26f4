import { overlayEnabledItem } from '../state/settings';
import { useStorageItem } from './useStorageItem';
import { t } from '../i18n/messages';

/** The setting that shows or hides the coach on every console tab, live. */
export function OverlayToggle() {
  const enabled = useStorageItem(overlayEnabledItem);
  return (
    <label class="cc-toggle">
      <input
        type="checkbox"
        checked={enabled ?? true}
        disabled={enabled === undefined}
        onChange={(event) => void overlayEnabledItem.setValue(event.currentTarget.checked)}
      />
      <span>{t('overlayToggle')}</span>
    </label>
  );
}
