import { useState } from 'preact/hooks';
import { OverlayToggle } from './OverlayToggle';
import { FailedAction } from './FailedAction';
import { useLibrary } from './useLibrary';
import { InstalledPacks } from './library/InstalledPacks';
import { ImportPanel } from './library/ImportPanel';
import { ProgressTransfer } from './library/ProgressTransfer';
import { AuthorPanel } from './library/AuthorPanel';
import { t } from '../i18n/messages';

/** The options page: the library of tutorial packs, importing, progress files and settings. */
export function PackLibrary() {
  const library = useLibrary();
  const [installed, setInstalled] = useState<string | null>(null);
  return (
    <main class="cc-page cc-library">
      <header class="cc-brand">
        <img src="/icon/48.png" alt="" width={32} height={32} />
        <h1>{t('libraryTitle')}</h1>
      </header>
      {library?.notices.map((notice) => (
        <p key={notice} class="cc-notice" role="alert">
          {notice}
        </p>
      ))}
      <FailedAction />
      {installed && (
        <p class="cc-success" role="status">
          {t('libraryInstalled', installed)}
        </p>
      )}
      {library ? <InstalledPacks library={library} /> : <p class="cc-muted">{t('loading')}</p>}
      <ImportPanel installed={(id) => library?.packs.find((p) => p.pack.id === id)?.pack} onInstalled={setInstalled} />
      <ProgressTransfer />
      {library && <AuthorPanel drift={library.drift} />}
      <section aria-labelledby="settings-heading">
        <h2 id="settings-heading">{t('librarySettings')}</h2>
        <OverlayToggle />
        <p class="cc-muted">{t('libraryPrivacy')}</p>
      </section>
    </main>
  );
}
