import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startAuthorShortcut } from '../../../state/author-shortcut';
import { AUTHOR_MODE_COMMAND, AUTHOR_MODE_KEY } from '../../../state/keys';

describe('the author shortcut (manifest command)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('turns author mode on and off for its command only', async () => {
    let listener: ((command: string) => void) | undefined;
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((callback) => void (listener = callback as (command: string) => void));
    startAuthorShortcut();
    const mode = async () => (await fakeBrowser.storage.local.get(AUTHOR_MODE_KEY))[AUTHOR_MODE_KEY];
    listener!('something-else');
    await vi.waitFor(async () => expect(await mode()).toBeUndefined());
    listener!(AUTHOR_MODE_COMMAND);
    await vi.waitFor(async () => expect(await mode()).toBe(true));
    listener!(AUTHOR_MODE_COMMAND);
    await vi.waitFor(async () => expect(await mode()).toBe(false));
  });
});
