// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { showIdlePill } from '../../../overlay/idle-pill';

describe('the idle pill', () => {
  it('ignores a page script clicking it, and the script does not use up the person’s click', () => {
    const onOpen = vi.fn();
    const container = document.body.appendChild(document.createElement('div'));
    showIdlePill(container, onOpen);
    const pill = container.querySelector<HTMLButtonElement>('[data-cc="dock"]')!;
    pill.click();
    pill.dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 1 }));
    expect(onOpen).not.toHaveBeenCalled();
    // Still listening: the listener was not registered with `once`.
    expect(pill.isConnected).toBe(true);
  });
});
