import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Recording } from '../state/recording';
import type { RecorderControls } from '../content/author/recorder';
import { trusted, userClick } from './user-action';
import { plural, t } from '../i18n/messages';
import { OPEN_LIBRARY_REQUEST } from '../state/open-library';
import { actionableControl, typingField } from '../content/author/capture';

type Corner = 'bottom' | 'top';

/** Whether two boxes overlap, with a margin so the panel never sits right against what is pointed at. */
const overlaps = (a: DOMRect, b: DOMRect, margin = 8) => a.left < b.right + margin && b.left < a.right + margin && a.top < b.bottom + margin && b.top < a.bottom + margin;

/**
 * The recording's controls, always at hand in a small panel in a corner: Pause or Resume, Undo
 * last step, Stop recording, and the step count. When the author points at or tabs to a console
 * control or field under the panel, it moves to the other edge, so it never covers what they click.
 */
export function RecorderPanel({ recording, controls }: { recording: Recording; controls: RecorderControls }) {
  const [corner, setCorner] = useState<Corner>('bottom');
  const panelRef = useRef<HTMLElement>(null);
  const count = recording.steps.length;

  useEffect(() => {
    const panel = panelRef.current;
    if (!panel) return;
    const abort = new AbortController();
    const host = (panel.getRootNode() as ShadowRoot).host;
    // Only what the author may act on counts (a control or a field), never the blank page around it.
    const avoid = (element: Element | null) => {
      if (!element || element === host || host.contains(element)) return;
      const control = actionableControl(element) ?? typingField(element);
      if (control && overlaps(control.getBoundingClientRect(), panel.getBoundingClientRect())) setCorner((c) => (c === 'bottom' ? 'top' : 'bottom'));
    };
    const view = panel.ownerDocument.defaultView!;
    view.addEventListener('pointermove', trusted((e: PointerEvent) => avoid(e.target as Element)), { capture: true, passive: true, signal: abort.signal });
    view.addEventListener('focusin', trusted((e: FocusEvent) => avoid(e.target as Element)), { capture: true, signal: abort.signal });
    return () => abort.abort();
  }, []);

  if (recording.status === 'stopped') {
    return (
      <section ref={panelRef} class={`cc-recorder cc-recorder-${corner}`} role="region" aria-label={t('recorderTitle')} data-cc="recorder">
        <p role="status">{plural(count, 'recorderStoppedOne', 'recorderStoppedOther')}</p>
        <div class="cc-buttons">
          <button type="button" class="cc-button cc-primary" onClick={userClick(() => void browser.runtime.sendMessage({ type: OPEN_LIBRARY_REQUEST }).catch(() => undefined))}>
            {t('recorderOpenLibrary')}
          </button>
        </div>
      </section>
    );
  }

  const paused = recording.status === 'paused';
  return (
    <section ref={panelRef} class={`cc-recorder cc-recorder-${corner}`} role="region" aria-label={t('recorderTitle')} data-cc="recorder">
      <p class="cc-recorder-status">
        <span class={paused ? 'cc-recorder-dot cc-paused' : 'cc-recorder-dot'} aria-hidden="true" />
        <strong>{paused ? t('recorderPaused') : t('recorderRecording')}</strong>{' '}
        <span data-cc="recording-count" aria-live="polite">
          {plural(count, 'stepsOne', 'stepsOther')}
        </span>
      </p>
      <div class="cc-buttons">
        <button type="button" class="cc-button" onClick={userClick(paused ? controls.resume : controls.pause)}>
          {paused ? t('recorderResume') : t('recorderPause')}
        </button>
        <button type="button" class="cc-button" disabled={count === 0} onClick={userClick(controls.undo)}>
          {t('recorderUndo')}
        </button>
        <button type="button" class="cc-button cc-primary" onClick={userClick(controls.stop)}>
          {t('recorderStop')}
        </button>
      </div>
    </section>
  );
}
