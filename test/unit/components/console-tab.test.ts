import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openStep, resumeInConsole } from '../../../components/console-tab';
import type { LoadedStep, Pack } from '../../../packs/format/load';
import type { PageDefinition } from '../../../packs/format/schema';

const step = (page: string): LoadedStep => ({ id: 's', title: 'Open my page', page, done: { any: [{ manual: true }] }, content: [], verifiable: false });
const packWith = (pages: PageDefinition[]) => ({ pages }) as Pick<Pack, 'pages'>;
const MY_PAGE: PageDefinition = { id: 'my.reports', title: 'My reports', urls: [{ host: 'console', path: ['/billing/home'], hash: ['/reports'] }] };

describe('the popup\'s "Go"', () => {
  beforeEach(() => fakeBrowser.reset());

  it("opens a page the pack defines itself, not only catalogue pages", async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await openStep(step('my.reports'), packWith([MY_PAGE]))).toBe(true);
    expect(create).toHaveBeenCalledWith({ url: 'https://console.aws.amazon.com/billing/home#/reports' });
  });

  it('still opens catalogue pages', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await openStep(step('iam.users'), packWith([]));
    expect(create).toHaveBeenCalledWith({ url: 'https://console.aws.amazon.com/iam/home#/users' });
  });

  it('opens nothing when the page address is refused, and says so to its caller', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const evil: PageDefinition = { id: 'my.reports', title: 'Evil', urls: [{ host: 'console', path: ['//evil.example/x'] }] };
    expect(await openStep(step('my.reports'), packWith([evil]))).toBe(false);
    expect(create).not.toHaveBeenCalled();
  });

  it('starting a pack with no console tab opens its own first page, or the dashboard when refused', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await resumeInConsole(step('my.reports'), packWith([MY_PAGE]));
    await resumeInConsole(step('my.reports'), packWith([{ ...MY_PAGE, urls: [{ host: 'console', path: ['\\\\evil.example'] }] }]));
    expect(create.mock.calls.map(([props]) => props.url)).toEqual(['https://console.aws.amazon.com/billing/home#/reports', 'https://console.aws.amazon.com/iam/home#/home']);
  });
});
