import { useState } from 'preact/hooks';
import type { Pack } from '../../packs/format/load';
import { createSession } from '../../state/session';
import { t } from '../../i18n/messages';

/** Reset asks first: progress cannot be brought back (unless it was exported). */
export function ResetButton({ pack, isActive }: { pack: Pack; isActive: boolean }) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button type="button" class="cc-button" onClick={() => setConfirming(true)}>
        {t('buttonReset')}
      </button>
    );
  }
  return (
    <div class="cc-confirm" role="group" aria-label={t('resetConfirmLabel', pack.title)}>
      <span>{t('resetConfirmText')}</span>
      <button
        type="button"
        class="cc-button cc-danger"
        onClick={async () => {
          await createSession(pack).reset(isActive);
          setConfirming(false);
        }}
      >
        {t('buttonYesReset')}
      </button>
      <button type="button" class="cc-button" onClick={() => setConfirming(false)}>
        {t('buttonCancel')}
      </button>
    </div>
  );
}
