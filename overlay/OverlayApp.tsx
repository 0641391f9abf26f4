import { useEffect, useState } from 'preact/hooks';
import { startGuide, type GuideActions, type GuideSnapshot } from '../content/guide/guide';
import { overlayEnabledItem } from '../state/settings';
import { useStorageItem } from '../components/useStorageItem';
import { Callout } from './Callout';
import { CoachDock } from './CoachDock';
import { authorModeItem } from '../state/author';
import { trusted, userClick } from './user-action';
import { t } from '../i18n/messages';

/**
 * Everything the overlay shows: the running step's callout and spotlight, or the idle dock. It
 * follows the settings and the active pack live (the popup may change them at any time).
 */
export function OverlayApp({ signal, dockOpen = false }: { signal: AbortSignal; /** Show the idle dock opened (the student chose the pill). */ dockOpen?: boolean }) {
  const enabled = useStorageItem(overlayEnabledItem);
  const authoring = useStorageItem(authorModeItem);
  const [guide, setGuide] = useState<{ snapshot: GuideSnapshot | null; actions: GuideActions | null }>({ snapshot: null, actions: null });
  const [minimised, setMinimised] = useState(false);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => startGuide(document, (snapshot, actions) => setGuide({ snapshot, actions }), signal), [signal]);

  const stepKey = guide.snapshot ? `${guide.snapshot.pack.id}/${guide.snapshot.step.id}` : null;
  useEffect(() => {
    // Announce each new step to screen readers without moving focus (a console modal may hold it).
    if (guide.snapshot) setAnnouncement(t('overlayStepAnnouncement', guide.snapshot.index + 1, guide.snapshot.total, guide.snapshot.step.title));
    setMinimised(false);
  }, [stepKey]);

  const { snapshot, actions } = guide;
  // The author's picker (its own module, overlay/author-module.tsx) has the page meanwhile.
  if (authoring) return null;
  // An author's preview shows even when the student hid the coach.
  if (!enabled && !snapshot?.preview) return null;
  return (
    <div
      class="cc-layer"
      onKeyDown={trusted((event: KeyboardEvent) => {
        if (event.key === 'Escape' && snapshot) setMinimised(true);
      })}
    >
      <div class="cc-visually-hidden" aria-live="polite" role="status">
        {announcement}
      </div>
      {snapshot && actions && !minimised && <Callout snapshot={snapshot} actions={actions} onMinimise={() => setMinimised(true)} />}
      {snapshot && minimised && (
        <button type="button" class="cc-dock-pill" data-cc="restore" onClick={userClick(() => setMinimised(false))}>
          <span class="cc-logo" aria-hidden="true" />
          {t('overlayRestore', snapshot.index + 1, snapshot.total)}
        </button>
      )}
      {!snapshot && <CoachDock initiallyOpen={dockOpen} onHide={() => void overlayEnabledItem.setValue(false)} />}
    </div>
  );
}
