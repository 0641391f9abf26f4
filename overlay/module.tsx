import { render } from 'preact';
import { OverlayApp } from './OverlayApp';

/**
 * The overlay UI, built as its own ES module (`scripts/build-overlay-module.ts`) that the content
 * script loads only when a tutorial runs or the student opens the coach.
 */
export function startOverlay(container: HTMLElement, signal: AbortSignal, options: { dockOpen: boolean }): void {
  render(<OverlayApp signal={signal} dockOpen={options.dockOpen} />, container);
  signal.addEventListener('abort', () => render(null, container), { once: true });
}
