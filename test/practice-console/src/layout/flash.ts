import { useSyncExternalStore } from 'react';
import type { FlashbarProps } from '@cloudscape-design/components/flashbar';
import { t } from '../i18n';

/**
 * Success and error notifications, as the console shows them at the top of the page after an
 * action. A flash stays until dismissed or until the person leaves the page it was shown on.
 */
export interface Flash {
  id: string;
  type: 'success' | 'error' | 'info' | 'warning';
  header: string;
  content?: string;
  /** Hash path the flash belongs to; it disappears when another page is shown. */
  route: string;
  actionText?: string;
  onAction?: () => void;
}

let flashes: Flash[] = [];
const listeners = new Set<() => void>();
let counter = 0;

function set(next: Flash[]) {
  flashes = next;
  listeners.forEach((l) => l());
}

export function pushFlash(flash: Omit<Flash, 'id'>): void {
  counter += 1;
  set([...flashes.filter((f) => f.route !== flash.route || f.type !== flash.type), { ...flash, id: `flash-${counter}` }]);
}

export function dismissFlash(id: string): void {
  set(flashes.filter((f) => f.id !== id));
}

export function clearFlashesExcept(route: string): void {
  if (flashes.some((f) => f.route !== route)) set(flashes.filter((f) => f.route === route));
}

export function useFlashItems(route: string): FlashbarProps.MessageDefinition[] {
  const all = useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => flashes,
  );
  return all
    .filter((f) => f.route === route)
    .map((f) => ({
      id: f.id,
      type: f.type,
      header: f.header,
      content: f.content,
      dismissible: true,
      dismissLabel: t('Dismiss message'),
      onDismiss: () => dismissFlash(f.id),
      action: undefined,
      buttonText: f.actionText,
      onButtonClick: f.onAction,
      statusIconAriaLabel: f.type === 'success' ? t('Success') : f.type === 'error' ? t('Error') : f.type === 'info' ? t('Info') : t('Warning'),
    }));
}
