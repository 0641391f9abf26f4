// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startLoader, type AuthorModule, type OverlayModule } from '../../../overlay/loader';
import { AUTHOR_MODE_KEY } from '../../../state/keys';

// jsdom cannot make trusted clicks: here a script's click stands for the person's (user-action.test.ts checks the guard).
vi.mock('../../../overlay/user-action', () => ({ userClick: <T>(handler: T) => handler, trusted: <T>(handler: T) => handler }));

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

/** A stand-in for the overlay module that records how it was started. */
function fakeModule() {
  const starts: { dockOpen: boolean }[] = [];
  let loads = 0;
  const load = async (): Promise<OverlayModule> => {
    loads += 1;
    return { startOverlay: (_container, _signal, options) => void starts.push(options) };
  };
  return { load, starts, loads: () => loads };
}

describe('the content script loader', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    document.body.replaceChildren();
  });

  it('shows only the idle pill while no tutorial runs, and loads the overlay opened when it is chosen', async () => {
    const module = fakeModule();
    const container = document.body.appendChild(document.createElement('div'));
    startLoader(container, new AbortController().signal, { overlay: module.load });
    await settle();
    const pill = container.querySelector<HTMLButtonElement>('[data-cc="dock"]');
    expect(pill?.textContent).toBe('Coach');
    expect(module.loads()).toBe(0);
    pill!.click();
    await settle();
    expect(module.starts).toEqual([{ dockOpen: true }]);
    expect(container.querySelector('[data-cc="dock"]')).toBeNull();
  });

  it('loads the overlay as soon as a tutorial is running, now or later, once', async () => {
    const module = fakeModule();
    const container = document.body.appendChild(document.createElement('div'));
    startLoader(container, new AbortController().signal, { overlay: module.load });
    await settle();
    await fakeBrowser.storage.local.set({ activePack: { packId: 'p', stepId: 's' } });
    await settle();
    await fakeBrowser.storage.local.set({ activePack: { packId: 'p', stepId: 't' } });
    await settle();
    expect(module.loads()).toBe(1);
    expect(module.starts).toEqual([{ dockOpen: false }]);
  });

  it('shows nothing while the coach is turned off, and follows the setting', async () => {
    await fakeBrowser.storage.local.set({ 'settings.overlayEnabled': false, activePack: { packId: 'p', stepId: 's' } });
    const module = fakeModule();
    const container = document.body.appendChild(document.createElement('div'));
    startLoader(container, new AbortController().signal, { overlay: module.load });
    await settle();
    expect(container.childElementCount).toBe(0);
    expect(module.loads()).toBe(0);
    await fakeBrowser.storage.local.set({ 'settings.overlayEnabled': true });
    await settle();
    expect(module.loads()).toBe(1);
  });

  it('says so when the overlay cannot be loaded, and does nothing once released', async () => {
    const container = document.body.appendChild(document.createElement('div'));
    startLoader(container, new AbortController().signal, { overlay: () => Promise.reject(new Error('missing file')) });
    await fakeBrowser.storage.local.set({ activePack: { packId: 'p', stepId: 's' } });
    await settle();
    expect(container.textContent).toContain('Console Coach could not start on this page');

    const module = fakeModule();
    const released = new AbortController();
    const other = document.body.appendChild(document.createElement('div'));
    startLoader(other, released.signal, { overlay: module.load });
    released.abort();
    await settle();
    expect(module.loads()).toBe(0);
  });

  it('loads the author module only when author mode is first turned on, into its own element, hiding the pill meanwhile', async () => {
    const module = fakeModule();
    const authorStarts: HTMLElement[] = [];
    const author = vi.fn(async (): Promise<AuthorModule> => ({ startAuthorMode: (element) => void authorStarts.push(element) }));
    const container = document.body.appendChild(document.createElement('div'));
    startLoader(container, new AbortController().signal, { overlay: module.load, author });
    await settle();
    expect(author).not.toHaveBeenCalled();
    await fakeBrowser.storage.local.set({ [AUTHOR_MODE_KEY]: true });
    await settle();
    expect(authorStarts).toHaveLength(1);
    expect(authorStarts[0]!.parentElement).toBe(container);
    expect(container.querySelector('[data-cc="dock"]')).toBeNull();
    expect(module.loads()).toBe(0);
    await fakeBrowser.storage.local.set({ [AUTHOR_MODE_KEY]: false });
    await settle();
    expect(container.querySelector('[data-cc="dock"]')?.textContent).toBe('Coach');
    await fakeBrowser.storage.local.set({ [AUTHOR_MODE_KEY]: true, activePack: { packId: 'p', stepId: 's' } });
    await settle();
    expect(author).toHaveBeenCalledTimes(1);
    expect(module.loads()).toBe(1);
  });
});
