import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { FailedAction } from './FailedAction';
import { useLibrary } from './useLibrary';
import { createSession } from '../state/session';
import { PackList } from './popup/PackList';
import { Checklist } from './popup/Checklist';
import { ResetButton } from './popup/ResetButton';
import { startPack } from './popup/pack-actions';
import { OverlayToggle } from './OverlayToggle';
import { testedAgainstText } from './tested-against';
import { HostAccessNotice } from './popup/HostAccessNotice';
import { t } from '../i18n/messages';

/** The toolbar popup: the running pack's checklist, or the packs to start. */
export function Popup() {
  const library = useLibrary({ activeFirst: true });
  const [browsing, setBrowsing] = useState(false);
  const active = library?.active ? library.packs.find((p) => p.pack.id === library.active!.packId) : undefined;

  return (
    <main class="cc-page cc-popup">
      <header class="cc-brand">
        <img src="/icon/32.png" alt="" width={24} height={24} />
        <h1>{t('extName')}</h1>
      </header>
      <HostAccessNotice />
      {library?.notices.map((notice) => (
        <p key={notice} class="cc-notice" role="alert">
          {notice}
        </p>
      ))}
      <FailedAction />
      {!library && <p class="cc-muted">{t('loading')}</p>}
      {library && active && !browsing ? (
        <ActivePackView library={library} onSwitch={() => setBrowsing(true)} />
      ) : (
        library && (
          <>
            {active && (
              <button type="button" class="cc-link-button" onClick={() => setBrowsing(false)}>
                {t('popupBackTo', active.pack.title)}
              </button>
            )}
            {library.partial ? <p class="cc-muted">{t('loading')}</p> : <PackList library={library} />}
          </>
        )
      )}
      <OverlayToggle />
      <div class="cc-actions">
        <button type="button" class="cc-link-button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popupPackLibrary')}
        </button>
      </div>
    </main>
  );
}

function ActivePackView({ library, onSwitch }: { library: NonNullable<ReturnType<typeof useLibrary>>; onSwitch: () => void }) {
  const active = library.active!;
  const stored = library.packs.find((p) => p.pack.id === active.packId)!;
  const progress = library.progress[stored.pack.id] ?? {};
  const { done, already, total } = createSession(stored.pack).countDone(progress);
  const percent = total ? Math.round((done / total) * 100) : 0;
  const tested = testedAgainstText(stored.pack.testedAgainst);
  return (
    <section class="cc-active" data-pack-id={stored.pack.id} aria-labelledby="active-title">
      <h2 id="active-title">{stored.pack.title}</h2>
      {tested && (
        <p class="cc-muted" data-cc="tested-against">
          {tested}
        </p>
      )}
      <div class="cc-progress-row">
        <div class="cc-progress-bar" role="progressbar" aria-label={t('popupProgress')} aria-valuemin={0} aria-valuemax={total} aria-valuenow={done} aria-valuetext={t('popupDoneOfTotal', done, total)}>
          <div style={{ width: `${percent}%` }} />
        </div>
        <span class="cc-progress-text">{t('popupDoneOfTotal', done, total)}</span>
      </div>
      {already > 0 && (
        <p class="cc-muted" data-cc="already-count">
          {t('popupAlreadyBefore', already)}
        </p>
      )}
      <div class="cc-actions">
        <button type="button" class="cc-button cc-primary" onClick={() => void startPack(stored.pack, progress, active.stepId)}>
          {t('buttonResume')}
        </button>
        <ResetButton pack={stored.pack} isActive />
        <button type="button" class="cc-button" onClick={onSwitch}>
          {t('buttonSwitchPack')}
        </button>
        <button type="button" class="cc-button" onClick={() => void createSession(stored.pack).stop()}>
          {t('buttonStop')}
        </button>
      </div>
      <Checklist stored={stored} progress={progress} currentStepId={active.stepId} />
    </section>
  );
}
