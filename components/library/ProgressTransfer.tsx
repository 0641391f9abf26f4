import { useState } from 'preact/hooks';
import { loadPackTools } from './lazy-pack-tools';
import { download } from './download';
import { plural, t } from '../../i18n/messages';

/** Save progress to a file and bring it back (another browser, or after a reset). */
export function ProgressTransfer() {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <section aria-labelledby="progress-heading">
      <h2 id="progress-heading">{t('progressHeading')}</h2>
      <p class="cc-muted">{t('progressIntro')}</p>
      <div class="cc-actions">
        <button
          type="button"
          class="cc-button"
          onClick={async () => {
            const file = await (await loadPackTools()).exportProgress();
            download(`console-coach-progress-${file.exportedAt.slice(0, 10)}.json`, JSON.stringify(file, null, 2));
            setMessage({ ok: true, text: t('progressExported') });
          }}
        >
          {t('progressExport')}
        </button>
        <label class="cc-file">
          <span>{t('progressImport')}</span>
          <input
            type="file"
            accept=".json,application/json"
            onChange={async (e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (!file) return;
              const result = await loadPackTools().then((tools) => tools.importProgressFile(file)).catch((error: Error) => ({ ok: false as const, message: error.message }));
              setMessage(result.ok ? { ok: true, text: t('progressImported', plural(result.steps, 'stepsOne', 'stepsOther'), plural(result.packs, 'packsOne', 'packsOther')) } : { ok: false, text: result.message });
            }}
          />
        </label>
      </div>
      {message && (
        <p class={message.ok ? 'cc-success' : 'cc-notice'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
