import { OverlayToggle } from './OverlayToggle';

/** The options page: the library of tutorial packs and the extension's settings. */
export function PackLibrary() {
  return (
    <main class="cc-page cc-library">
      <header class="cc-brand">
        <img src="/icon/48.png" alt="" width={32} height={32} />
        <h1>Console Coach pack library</h1>
      </header>
      <section aria-labelledby="installed-heading">
        <h2 id="installed-heading">Installed packs</h2>
        <p class="cc-muted">
          No packs are installed. A tutorial pack is a YAML or JSON file that describes the steps of a console tutorial;
          your instructor gives you one to import here.
        </p>
      </section>
      <section aria-labelledby="settings-heading">
        <h2 id="settings-heading">Settings</h2>
        <OverlayToggle />
        <p class="cc-muted">
          Console Coach runs only on the AWS console and sign-in pages. It never reads what you type, never stores what
          the console shows, and sends nothing anywhere.
        </p>
      </section>
    </main>
  );
}
