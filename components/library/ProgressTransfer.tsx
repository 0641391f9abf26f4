import { useState } from 'preact/hooks';
import { loadPackTools } from './lazy-pack-tools';
import { download } from './download';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;


/** Save progress to a file and bring it back (another browser, or after a reset). */
export function ProgressTransfer() {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <section aria-labelledby="progress-heading">
      <h2 id="progress-heading">Your progress</h2>
      <p class="cc-muted">The file holds pack ids, step ids, times and whether each step was verified; nothing from the console.</p>
      <div class="cc-actions">
        <button
          type="button"
          class="cc-button"
          onClick={async () => {
            const file = await (await loadPackTools()).exportProgress();
            download(`console-coach-progress-${file.exportedAt.slice(0, 10)}.json`, JSON.stringify(file, null, 2));
            setMessage({ ok: true, text: 'Progress exported.' });
          }}
        >
          Export progress
        </button>
        <label class="cc-file">
          <span>Import progress</span>
          <input
            type="file"
            accept=".json,application/json"
            onChange={async (e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (!file) return;
              const result = await loadPackTools().then((tools) => tools.importProgressFile(file)).catch((error: Error) => ({ ok: false as const, message: error.message }));
              setMessage(result.ok ? { ok: true, text: `Progress imported: ${plural(result.steps, 'step')} in ${plural(result.packs, 'pack')}.` } : { ok: false, text: result.message });
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
