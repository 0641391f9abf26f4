import { useState } from 'preact/hooks';
import type { Pack } from '../../packs/format/load';
import { installPack } from '../../state/packs';
import type { Candidate } from './import-pack';
import { readPackFile } from './read-pack-file';
import { loadPackTools, usePackTools } from './lazy-pack-tools';
import { t } from '../../i18n/messages';

/** Import by file picker, drag-and-drop or paste; review; install. Errors install nothing. */
export function ImportPanel({ installed, onInstalled }: { installed: (id: string) => Pack | undefined; onInstalled: (title: string) => void }) {
  const [candidate, setCandidate] = useState<Candidate | null>(null);
  const [pasted, setPasted] = useState('');
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);
  const [installError, setInstallError] = useState<string | null>(null);
  const tools = usePackTools();

  async function fromFile(file: File | undefined) {
    if (!file) return;
    setInstallError(null);
    const [read, tools] = await Promise.all([readPackFile(file), loadPackTools()]);
    setCandidate(read.ok ? tools.preparePack(file.name, read.text, installed) : { ok: false, fileName: file.name, problems: [read.problem] });
  }

  async function install() {
    if (!candidate?.ok) return;
    setBusy(true);
    try {
      await installPack({ pack: candidate.pack, origin: { kind: 'imported', fileName: candidate.fileName, installedAt: new Date().toISOString(), source: candidate.source } });
      onInstalled(candidate.pack.title);
      setCandidate(null);
      setPasted('');
    } catch (error) {
      setInstallError((error as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">{t('importHeading')}</h2>
      <div
        class={`cc-dropzone${dragging ? ' cc-dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void fromFile(e.dataTransfer?.files[0]);
        }}
      >
        <label class="cc-file">
          <span>{t('importPack')}</span>
          <input
            type="file"
            accept=".yaml,.yml,.json"
            onChange={(e) => {
              void fromFile(e.currentTarget.files?.[0]);
              e.currentTarget.value = '';
            }}
          />
        </label>
        <span class="cc-muted">{t('importDrop')}</span>
      </div>
      <label class="cc-paste-label" for="paste-pack">
        {t('importPasteLabel')}
      </label>
      <textarea id="paste-pack" class="cc-paste" rows={6} spellcheck={false} value={pasted} onInput={(e) => setPasted(e.currentTarget.value)} />
      <div class="cc-actions">
        <button type="button" class="cc-button" disabled={!pasted.trim()} onClick={() => void loadPackTools().then((tools) => setCandidate(tools.preparePack(t('importPastedName'), pasted, installed)))}>
          {t('importReviewPasted')}
        </button>
      </div>
      {candidate && !candidate.ok && (
        <div class="cc-problems">
          <p>
            <strong>{t('importCannotInstall', candidate.fileName)}</strong> {t('importNothingChanged')}
          </p>
          <ul>
            {candidate.problems.map((problem) => (
              <li key={problem} role="alert">
                {problem}
              </li>
            ))}
          </ul>
        </div>
      )}
      {installError && (
        <p class="cc-notice" role="alert">
          {installError}
        </p>
      )}
      {candidate?.ok && tools && <tools.ReviewScreen candidate={candidate} busy={busy} onInstall={() => void install()} onCancel={() => setCandidate(null)} />}
    </section>
  );
}
