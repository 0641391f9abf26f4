import { useState } from 'preact/hooks';
import type { Pack } from '../../packs/format/load';
import { createSession } from '../../state/session';

/** Reset asks first: progress cannot be brought back (unless it was exported). */
export function ResetButton({ pack, isActive }: { pack: Pack; isActive: boolean }) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button type="button" class="cc-button" onClick={() => setConfirming(true)}>
        Reset
      </button>
    );
  }
  return (
    <div class="cc-confirm" role="group" aria-label={`Reset ${pack.title}?`}>
      <span>Clear all progress of this pack?</span>
      <button
        type="button"
        class="cc-button cc-danger"
        onClick={async () => {
          await createSession(pack).reset(isActive);
          setConfirming(false);
        }}
      >
        Yes, reset
      </button>
      <button type="button" class="cc-button" onClick={() => setConfirming(false)}>
        Cancel
      </button>
    </div>
  );
}
