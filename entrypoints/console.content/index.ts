import { defineContentScript } from 'wxt/utils/define-content-script';
import { contentScriptMatches } from '../../packs/catalogue/hosts';
import { createOverlayHost } from '../../overlay/mount';
import { createHostMark, readHostSecret } from '../../overlay/host-mark';
import { followConsoleTheme } from '../../overlay/theme';
import { watchForRemoval } from '../../overlay/lifecycle';
import { keepMounted } from '../../overlay/keep-mounted';
import { startLoader } from '../../overlay/loader';
import overlayCss from '../../overlay/overlay.css?inline';

export default defineContentScript({
  // The console and sign-in hosts, and the public site's console page where signing out ends.
  matches: [...contentScriptMatches],
  runAt: 'document_idle',
  async main(ctx) {
    const mark = createHostMark(await readHostSecret());
    if (ctx.isInvalid) return;
    const overlay = createOverlayHost(document, overlayCss, mark);
    followConsoleTheme(document, overlay.container, ctx.signal);
    keepMounted(overlay.host, overlay.host.parentElement!, ctx.signal, mark.isOurs);
    startLoader(overlay.container, ctx.signal);
    // Released through ctx so an extension update or reload leaves no orphaned overlay behind.
    ctx.onInvalidated(() => overlay.remove());
    watchForRemoval(ctx);
  },
});
