import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { AuthorPicker } from './AuthorPicker';
import { RecorderPanel } from './RecorderPanel';
import { authorModeItem } from '../state/author';
import { recordingItem } from '../state/recording';
import { useStorageItem } from '../components/useStorageItem';
import { startRecorder, type RecorderControls } from '../content/author/recorder';
import { readPageContext } from '../content/console/page-context';
import { catalogueForConsole } from '../content/author/console-pages';

/** Events from the coach's own UI (its host element, whatever is inside): never a step. */
const fromCoach = (event: Event) => event.composedPath().some((node) => node instanceof Element && node.localName === 'console-coach-overlay');

/** Author mode's picker while it is on, and the recording's panel while one exists. */
function AuthorMode({ signal }: { signal: AbortSignal }) {
  const picking = useStorageItem(authorModeItem);
  const recording = useStorageItem(recordingItem);
  const started = recording !== undefined && recording !== null;
  // The panel shows once the recorder listens: what the author does after seeing it is recorded.
  const [controls, setControls] = useState<RecorderControls | null>(null);
  useEffect(() => {
    if (!started) return setControls(null);
    const stop = new AbortController();
    signal.addEventListener('abort', () => stop.abort(), { once: true });
    void catalogueForConsole(document).then((pages) => {
      if (stop.signal.aborted) return;
      const recorder = startRecorder(document, stop.signal, {
        initial: recording,
        save: (value) => void recordingItem.setValue(value),
        watch: (callback) => recordingItem.watch(callback),
        context: () => readPageContext(document, new URL(window.location.href), pages),
        fromCoach,
        now: () => Date.now(),
      });
      setControls(recorder);
    });
    return () => stop.abort();
  }, [started]);
  return (
    <>
      {picking && <AuthorPicker />}
      {recording && controls && !picking && <RecorderPanel recording={recording} controls={controls} />}
    </>
  );
}

/**
 * The author's tools, built as a module of its own (`scripts/build-overlay-module.ts`) that the
 * content script loads only when author mode is turned on or a recording runs: students never
 * download it, and the overlay module stays small.
 */
export function startAuthorMode(container: HTMLElement, signal: AbortSignal): void {
  render(<AuthorMode signal={signal} />, container);
  signal.addEventListener('abort', () => render(null, container), { once: true });
}
