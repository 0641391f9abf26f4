import { useState } from 'preact/hooks';
import { userClick } from './user-action';

interface CoachDockProps {
  onHide: () => void;
  initiallyOpen?: boolean;
}

/**
 * What the overlay shows when no tutorial is running: a small pill in the bottom-left corner,
 * away from the console's primary buttons (bottom right), that opens to say how to start.
 */
export function CoachDock({ onHide, initiallyOpen = false }: CoachDockProps) {
  const [collapsed, setCollapsed] = useState(!initiallyOpen);
  if (collapsed) {
    return (
      <button type="button" class="cc-dock-pill" data-cc="dock" onClick={userClick(() => setCollapsed(false))} aria-label="Show Console Coach" aria-expanded="false">
        <span class="cc-logo" aria-hidden="true" />
        Coach
      </button>
    );
  }
  return (
    <section class="cc-dock" data-cc="dock" aria-label="Console Coach">
      <header class="cc-dock-header">
        <span class="cc-logo" aria-hidden="true" />
        <strong>Console Coach</strong>
        <button type="button" class="cc-icon-button" aria-label="Minimise Console Coach" onClick={userClick(() => setCollapsed(true))}>
          –
        </button>
      </header>
      <p>No tutorial is running. Open Console Coach from the browser toolbar and pick a tutorial to start.</p>
      <button type="button" class="cc-link-button" onClick={userClick(onHide)}>
        Hide on console pages
      </button>
    </section>
  );
}
