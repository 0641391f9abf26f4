import { render } from 'preact';
import { AuthorPicker } from './AuthorPicker';
import { authorModeItem } from '../state/author';
import { useStorageItem } from '../components/useStorageItem';

/** Author mode's picker while it is on; nothing otherwise (the loader starts this once, on first use). */
function AuthorMode() {
  return useStorageItem(authorModeItem) ? <AuthorPicker /> : null;
}

/**
 * The author's picker, built as a module of its own (`scripts/build-overlay-module.ts`) that the
 * content script loads only when author mode is first turned on: students never download it, and
 * the overlay module stays small.
 */
export function startAuthorMode(container: HTMLElement, signal: AbortSignal): void {
  render(<AuthorMode />, container);
  signal.addEventListener('abort', () => render(null, container), { once: true });
}
