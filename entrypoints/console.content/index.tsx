import { render } from 'preact';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { consoleHostPatterns } from '../../content/console/hosts';
import { createOverlayHost } from '../../content/overlay/mount';
import { followConsoleTheme } from '../../content/overlay/theme';
import { watchForRemoval } from '../../content/overlay/lifecycle';
import { keepMounted } from '../../content/overlay/keep-mounted';
import { OverlayApp } from '../../components/OverlayApp';
import overlayCss from '../../components/overlay.css?inline';

export default defineContentScript({
  matches: [...consoleHostPatterns],
  runAt: 'document_idle',
  main(ctx) {
    const overlay = createOverlayHost(document, overlayCss);
    followConsoleTheme(document, overlay.container, ctx.signal);
    keepMounted(overlay.host, overlay.host.parentElement!, ctx.signal);
    render(<OverlayApp signal={ctx.signal} />, overlay.container);
    // Released through ctx so an extension update or reload leaves no orphaned overlay behind.
    ctx.onInvalidated(() => {
      render(null, overlay.container);
      overlay.remove();
    });
    watchForRemoval(ctx);
  },
});
