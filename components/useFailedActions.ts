import { useEffect, useState } from 'preact/hooks';

/**
 * Buttons start storage writes without waiting (`void action()`); when one fails (storage full,
 * say), its error reaches the page as an unhandled rejection. Show it instead of losing it.
 */
export function useFailedActions(): [string | null, () => void] {
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    const onRejection = (event: PromiseRejectionEvent) => {
      event.preventDefault();
      setMessage(event.reason instanceof Error ? event.reason.message : String(event.reason));
    };
    window.addEventListener('unhandledrejection', onRejection);
    return () => window.removeEventListener('unhandledrejection', onRejection);
  }, []);
  return [message, () => setMessage(null)];
}
