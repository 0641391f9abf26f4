import { browser } from 'wxt/browser';
import { OverlayToggle } from './OverlayToggle';

const IAM_CONSOLE = 'https://console.aws.amazon.com/iam/home#/home';

/** The toolbar popup: what Console Coach is, the on/off setting, and the way to the console and the library. */
export function Popup() {
  return (
    <main class="cc-page cc-popup">
      <header class="cc-brand">
        <img src="/icon/32.png" alt="" width={24} height={24} />
        <h1>Console Coach</h1>
      </header>
      <p>Step-by-step callouts on the AWS Management Console, from tutorial packs your instructor writes.</p>
      <section aria-labelledby="packs-heading">
        <h2 id="packs-heading">Tutorials</h2>
        <p class="cc-muted">No tutorial packs are installed yet. Import one in the pack library.</p>
      </section>
      <OverlayToggle />
      <div class="cc-actions">
        <button type="button" class="cc-button cc-primary" onClick={() => void browser.tabs.create({ url: IAM_CONSOLE })}>
          Open the IAM console
        </button>
        <button type="button" class="cc-button" onClick={() => void browser.runtime.openOptionsPage()}>
          Pack library
        </button>
      </div>
    </main>
  );
}
