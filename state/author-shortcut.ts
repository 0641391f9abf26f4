import { browser } from 'wxt/browser';
import { authorModeItem } from './author';
import { AUTHOR_MODE_COMMAND } from './keys';

/**
 * The author's keyboard shortcut, handled by the browser (manifest `commands`): pages cannot forge
 * it, it does not fire while typing in a field, and people can change it at
 * chrome://extensions/shortcuts (Firefox: about:addons, Manage Extension Shortcuts).
 */
export function startAuthorShortcut(): void {
  browser.commands.onCommand.addListener((command) => {
    if (command === AUTHOR_MODE_COMMAND) void toggleAuthorMode();
  });
}

export async function toggleAuthorMode(): Promise<void> {
  await authorModeItem.setValue(!(await authorModeItem.getValue()));
}
