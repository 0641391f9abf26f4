import { useState } from 'preact/hooks';
import { userClick } from './user-action';
import { t } from '../i18n/messages';
import { recordingItem, startRecording } from '../state/recording';
import { useStorageItem } from '../components/useStorageItem';

interface CoachDockProps {
  onHide: () => void;
  initiallyOpen?: boolean;
}

/**
 * What the overlay shows when no tutorial is running: a small pill in the bottom-left corner,
 * away from the console's primary buttons (bottom right), that opens to say how to start.
 */
export function CoachDock({ onHide, initiallyOpen = false }: CoachDockProps) {
  const [collapsed, setCollapsed] = useState(!initiallyOpen);
  // Record starts a recording only when none is under way (its own panel has the controls then).
  const recording = useStorageItem(recordingItem);
  if (collapsed) {
    return (
      <button type="button" class="cc-dock-pill" data-cc="dock" onClick={userClick(() => setCollapsed(false))} aria-label={t('dockShow')} aria-expanded="false">
        <span class="cc-logo" aria-hidden="true" />
        {t('dockPill')}
      </button>
    );
  }
  return (
    <section class="cc-dock" data-cc="dock" aria-label={t('extName')}>
      <header class="cc-dock-header">
        <span class="cc-logo" aria-hidden="true" />
        <strong>{t('extName')}</strong>
        <button type="button" class="cc-icon-button" aria-label={t('dockMinimise')} onClick={userClick(() => setCollapsed(true))}>
          –
        </button>
      </header>
      <p>{t('dockNoTutorial')}</p>
      {recording === null && (
        <p class="cc-dock-record">
          {t('dockRecordIntro')}{' '}
          <button type="button" class="cc-button" onClick={userClick(() => void startRecording(true))}>
            {t('recorderRecord')}
          </button>
        </p>
      )}
      <button type="button" class="cc-link-button" onClick={userClick(onHide)}>
        {t('dockHide')}
      </button>
    </section>
  );
}
