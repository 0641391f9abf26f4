import { useState } from 'preact/hooks';

interface CoachDockProps {
  /** Open the extension's popup is not possible from a page; we tell the person where it is. */
  onHide: () => void;
}

/**
 * What the overlay shows when no tutorial is running: a small dock in the corner that says the
 * coach is here and how to start, and that can be collapsed out of the way.
 */
export function CoachDock({ onHide }: CoachDockProps) {
  const [collapsed, setCollapsed] = useState(false);
  if (collapsed) {
    return (
      <button type="button" class="cc-dock-pill" data-cc="dock" onClick={() => setCollapsed(false)} aria-label="Show Console Coach">
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
        <button type="button" class="cc-icon-button" aria-label="Minimise Console Coach" onClick={() => setCollapsed(true)}>
          –
        </button>
      </header>
      <p>No tutorial is running. Open Console Coach from the browser toolbar and pick a tutorial to start.</p>
      <button type="button" class="cc-link-button" onClick={onHide}>
        Hide on console pages
      </button>
    </section>
  );
}
