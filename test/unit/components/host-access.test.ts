import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { hasHostAccess, requestHostAccess } from '../../../components/popup/host-access';
import { consoleHostPatterns } from '../../../packs/catalogue/hosts';

describe('host access (the popup asks for the console hosts when the browser withholds them)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('checks exactly the console and sign-in hosts the manifest lists', async () => {
    const contains = vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    expect(await hasHostAccess()).toBe(false);
    expect(contains).toHaveBeenCalledWith({ origins: [...consoleHostPatterns] });
  });

  it('asks for those hosts and nothing else', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    expect(await requestHostAccess()).toBe(true);
    expect(request).toHaveBeenCalledWith({ origins: [...consoleHostPatterns] });
    expect(request.mock.calls[0]![0]).not.toHaveProperty('permissions');
  });
});
