import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * When the extension is updated, reloaded or removed, this copy of the content script is orphaned
 * and Chrome does not tell it. Reading `ctx.isInvalid` makes WXT check and, if so, run the
 * cleanup. Check when the person comes back to the tab or touches the page: no timers while idle.
 */
export function watchForRemoval(ctx: ContentScriptContext): void {
  const check = () => void ctx.isInvalid;
  window.addEventListener('focus', check, { signal: ctx.signal });
  document.addEventListener('visibilitychange', check, { signal: ctx.signal });
  document.addEventListener('pointerdown', check, { capture: true, passive: true, signal: ctx.signal });
}
