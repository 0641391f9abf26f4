import { useSyncExternalStore } from 'react';
import type { ActionOutcome, PracticeAction } from './actions';
import type { PracticeState } from './model';

const API = '/__practice-console/api/';

let current: PracticeState | null = null;
const listeners = new Set<() => void>();

function publish(next: PracticeState) {
  current = next;
  listeners.forEach((listener) => listener());
}

/** Load the account from the practice backend; called once before the first render. */
export async function loadState(): Promise<PracticeState> {
  const response = await fetch(`${API}state`);
  const state = (await response.json()) as PracticeState;
  publish(state);
  return state;
}

/** Ask the backend to do something; the new account state is published to every page component. */
export async function dispatch(action: PracticeAction): Promise<ActionOutcome> {
  const response = await fetch(`${API}action`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(action),
  });
  const outcome = (await response.json()) as ActionOutcome;
  publish(outcome.state);
  return outcome;
}

export function usePracticeState(): PracticeState {
  const state = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
  if (!state) throw new Error('usePracticeState() called before loadState()');
  return state;
}

/**
 * Firefox rejects a page's pending requests with an AbortError when the page is left (a learner
 * clicking on before the account has loaded): that is the page going, not the page failing.
 */
export function unlessPageLeft(error: unknown): void {
  if (error instanceof DOMException && error.name === 'AbortError') return;
  throw error;
}

// Another tab may have changed the account: refresh when this one comes back to the front.
if (typeof document !== 'undefined') {
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') loadState().catch(unlessPageLeft);
  });
}
