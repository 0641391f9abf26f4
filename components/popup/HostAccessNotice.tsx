import { useEffect, useState } from 'preact/hooks';
import { hasHostAccess, requestHostAccess, watchHostAccess } from './host-access';
import { t } from '../../i18n/messages';

/** Whether the extension may run on the console hosts; undefined until known (and if the browser cannot say). */
function useHostAccess(): boolean | undefined {
  const [granted, setGranted] = useState<boolean>();
  useEffect(() => {
    let live = true;
    const check = () => {
      try {
        void hasHostAccess().then(
          (value) => live && setGranted(value),
          () => undefined,
        );
      } catch {
        // A browser without the permissions API: nothing to say.
      }
    };
    check();
    let stop = () => {};
    try {
      stop = watchHostAccess(check);
    } catch {
      // No permission events: the check above stands.
    }
    return () => {
      live = false;
      stop();
    };
  }, []);
  return granted;
}

/**
 * Shown only when the browser does not let the extension onto the console pages (Firefox lets
 * people switch that off): says so, and asks for it with one button.
 */
export function HostAccessNotice() {
  const granted = useHostAccess();
  const [refused, setRefused] = useState(false);
  if (granted !== false) return null;
  return (
    <section class="cc-notice cc-host-access" data-cc="host-access" aria-labelledby="host-access-title">
      <h2 id="host-access-title">{t('hostAccessTitle')}</h2>
      <p>{t('hostAccessText')}</p>
      <button
        type="button"
        class="cc-button cc-primary"
        // No await before the request: browsers grant it only inside the click.
        onClick={() => void requestHostAccess().then((given) => setRefused(!given), () => setRefused(true))}
      >
        {t('hostAccessAllow')}
      </button>
      {refused && (
        <p role="alert">{t('hostAccessRefused')}</p>
      )}
    </section>
  );
}
