import { userClick } from './user-action';
import { t } from '../i18n/messages';

/**
 * The coach's resting state on a console page with no tutorial running: the "Coach" pill in the
 * bottom-left corner, built without the overlay UI so that idle pages load almost nothing. It is
 * the same element the full overlay shows (`CoachDock`, collapsed); choosing it loads the overlay.
 */
export function showIdlePill(container: HTMLElement, onOpen: () => void): () => void {
  const doc = container.ownerDocument;
  const pill = doc.createElement('button');
  pill.type = 'button';
  pill.className = 'cc-dock-pill';
  pill.dataset.cc = 'dock';
  pill.setAttribute('aria-label', t('dockShow'));
  pill.setAttribute('aria-expanded', 'false');
  const logo = doc.createElement('span');
  logo.className = 'cc-logo';
  logo.setAttribute('aria-hidden', 'true');
  pill.append(logo, t('dockPill'));
  // Not `once`: a page script's click, which is ignored, must not use up the person's.
  const open = new AbortController();
  pill.addEventListener(
    'click',
    userClick(() => {
      open.abort();
      onOpen();
    }),
    { signal: open.signal },
  );
  container.append(pill);
  return () => pill.remove();
}
