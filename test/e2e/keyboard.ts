import type { Locator, Page } from '@playwright/test';

/** How a keyboard user operates the control once it has focus. */
export type ControlKind = 'text' | 'toggle' | 'press';

const FOCUSABLE = 'a[href], button, input:not([type="hidden"]), select, textarea, [tabindex]:not([tabindex="-1"]), [role="tab"], [role="menuitem"]';

declare global {
  interface Window {
    /** The control the keyboard student is heading for (main world only; the coach never sees it). */
    __keyboardTarget?: Element | null;
  }
}

/**
 * Remember the control a person would operate at a point on the screen (the spotlight's centre):
 * the focusable element there, or the one focusable control inside what is there (a Cloudscape
 * checkbox's hidden native input, a label's field). Null when there is none.
 */
export async function aimAtPoint(page: Page, x: number, y: number): Promise<ControlKind | null> {
  return page.evaluate(
    ([px, py, focusable]) => {
      const hit = document.elementFromPoint(px!, py!);
      let control: Element | null = hit instanceof HTMLLabelElement && hit.control ? hit.control : (hit?.closest(focusable as string) ?? null);
      for (let up: Element | null = hit; up && !control; up = up.parentElement) {
        const inner = up.querySelectorAll(focusable as string);
        if (inner.length === 1) control = inner[0]!;
        else if (inner.length > 1) break;
      }
      window.__keyboardTarget = control;
      if (!control) return null;
      const type = control instanceof HTMLInputElement ? control.type : '';
      if (control instanceof HTMLTextAreaElement || (control instanceof HTMLInputElement && /^(text|email|password|search|tel|url|number)$/.test(type))) return 'text';
      if (/^(checkbox|radio)$/.test(type) || /^(checkbox|radio|switch)$/.test(control.getAttribute('role') ?? '')) return 'toggle';
      return 'press';
    },
    [x, y, FOCUSABLE] as const,
  );
}

/** Remember a control, on the page or one of the coach's own (inside its shadow root), as the one to reach. */
export async function aimAt(control: Locator): Promise<void> {
  await control.evaluate((el) => {
    window.__keyboardTarget = el;
  });
}

/**
 * Move the focus to the remembered control with the keys a keyboard user has: Tab and Shift+Tab
 * between controls, arrow keys inside a radio group or a tab list. Throws when it cannot get there.
 */
export async function tabToTarget(page: Page, maxKeys = 400): Promise<void> {
  for (let i = 0; i < maxKeys; i++) {
    const move = await page.evaluate(() => {
      const target = window.__keyboardTarget;
      if (!target?.isConnected) return 'lost';
      let deep: Element | null = document.activeElement;
      while (deep?.shadowRoot?.activeElement) deep = deep.shadowRoot.activeElement;
      if (deep && (deep === target || target.contains(deep))) return 'here';
      if (!deep || deep === document.body) return 'Tab';
      // Radio groups and tab lists are one stop for Tab; a person moves inside with the arrows.
      const sameRadioGroup = deep instanceof HTMLInputElement && target instanceof HTMLInputElement && deep.type === 'radio' && target.type === 'radio' && deep.name !== '' && deep.name === target.name;
      const sameTabList = deep.getAttribute('role') === 'tab' && target.getAttribute('role') === 'tab' && deep.closest('[role="tablist"]') === target.closest('[role="tablist"]');
      const after = (a: Node, b: Node) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
      // Compare in the tree both share: the coach lives in a shadow root at the end of the body.
      const inDocument = (node: Node) => {
        let n = node;
        while (n.getRootNode() instanceof ShadowRoot) n = (n.getRootNode() as ShadowRoot).host;
        return n;
      };
      const [from, to] = deep.getRootNode() === target.getRootNode() ? [deep, target] : [inDocument(deep), inDocument(target)];
      const forward = from === to || after(from, to);
      if (sameRadioGroup || sameTabList) return forward ? 'ArrowRight' : 'ArrowLeft';
      return forward ? 'Tab' : 'Shift+Tab';
    });
    if (move === 'here') return;
    if (move === 'lost') throw new Error('The control to reach left the page');
    await page.keyboard.press(move);
  }
  throw new Error(`The keyboard did not reach the control in ${maxKeys} key presses`);
}

/** Operate the focused control: type into a field, Space on a checkbox or radio, Enter on the rest. */
export async function operate(page: Page, kind: ControlKind, text: string): Promise<void> {
  if (kind === 'text') {
    // Replace what the field holds (a default such as 8), as a person selecting it would.
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(text);
  } else {
    await page.keyboard.press(kind === 'toggle' ? 'Space' : 'Enter');
  }
}
