import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeText } from '../../../state/badge';
import { activePackItem, packItem } from '../../../state/packs';
import { recordStep } from '../../../state/progress';
import { overlayEnabledItem } from '../../../state/settings';
import type { Pack } from '../../../packs/format/load';

const pack = {
  id: 'p',
  title: 'P',
  sections: [{ id: 's', title: 'S', steps: ['a', 'b', 'c'].map((id) => ({ id, title: id, done: { any: [{ manual: true }] }, content: [], verifiable: false })) }],
} as unknown as Pack;

describe('the toolbar badge', () => {
  beforeEach(() => fakeBrowser.reset());

  it('shows nothing idle, "done/total" while a pack runs, and "off" while the coach is hidden', async () => {
    expect(await badgeText()).toBe('');
    await packItem('p').setValue({ pack, origin: { kind: 'builtin' } });
    await activePackItem.setValue({ packId: 'p', stepId: 'b' });
    await recordStep('p', 'a', 'done', true);
    expect(await badgeText()).toBe('1/3');
    await overlayEnabledItem.setValue(false);
    expect(await badgeText()).toBe('off');
  });
});
