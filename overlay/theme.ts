/** Follow the console's light/dark mode (Cloudscape marks dark mode with `awsui-dark-mode`). */
export function followConsoleTheme(doc: Document, root: HTMLElement, signal: AbortSignal): void {
  const apply = () => {
    const dark = doc.body?.classList.contains('awsui-dark-mode') || doc.documentElement.classList.contains('awsui-dark-mode');
    root.dataset.theme = dark ? 'dark' : 'light';
  };
  apply();
  const observer = new MutationObserver(apply);
  observer.observe(doc.documentElement, { attributes: true, attributeFilter: ['class'] });
  if (doc.body) observer.observe(doc.body, { attributes: true, attributeFilter: ['class'] });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
