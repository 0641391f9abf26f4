import { useState } from 'preact/hooks';
import { OverlayToggle } from './OverlayToggle';
import { FailedAction } from './FailedAction';
import { useLibrary } from './useLibrary';
import { InstalledPacks } from './library/InstalledPacks';
import { ImportPanel } from './library/ImportPanel';
import { ProgressTransfer } from './library/ProgressTransfer';
import { AuthorPanel } from './library/AuthorPanel';

/** The options page: the library of tutorial packs, importing, progress files and settings. */
export function PackLibrary() {
  const library = useLibrary();
  const [installed, setInstalled] = useState<string | null>(null);
  return (
    <main class="cc-page cc-library">
      <header class="cc-brand">
        <img src="/icon/48.png" alt="" width={32} height={32} />
        <h1>Console Coach pack library</h1>
      </header>
      {library?.notices.map((notice) => (
        <p key={notice} class="cc-notice" role="alert">
          {notice}
        </p>
      ))}
      <FailedAction />
      {installed && (
        <p class="cc-success" role="status">
          Installed “{installed}”. Start it here or from the toolbar popup.
        </p>
      )}
      {library ? <InstalledPacks library={library} /> : <p class="cc-muted">Loading…</p>}
      <ImportPanel installed={(id) => library?.packs.find((p) => p.pack.id === id)?.pack} onInstalled={setInstalled} />
      <ProgressTransfer />
      {library && <AuthorPanel drift={library.drift} />}
      <section aria-labelledby="settings-heading">
        <h2 id="settings-heading">Settings</h2>
        <OverlayToggle />
        <p class="cc-muted">
          Console Coach runs only on the AWS console and sign-in pages. It never reads what you type, never stores what the console shows, and sends
          nothing anywhere.
        </p>
      </section>
    </main>
  );
}
