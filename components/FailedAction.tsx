import { useFailedActions } from './useFailedActions';
import { t } from '../i18n/messages';

/** The last action that failed, in words, until dismissed. */
export function FailedAction() {
  const [message, dismiss] = useFailedActions();
  if (!message) return null;
  return (
    <p class="cc-notice" role="alert">
      {message}{' '}
      <button type="button" class="cc-link-button" onClick={dismiss}>
        {t('buttonDismiss')}
      </button>
    </p>
  );
}
