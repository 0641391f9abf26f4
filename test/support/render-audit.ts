/**
 * What the extension may put on screen: the elements its UI is built from and the Markdown
 * subset's elements. Anything else (an <img onerror>, an <iframe>, an <svg>, a <script>) in the
 * overlay or the extension pages means pack text became markup.
 */
export const OVERLAY_TAGS = ['STYLE', 'DIV', 'SECTION', 'HEADER', 'FOOTER', 'H2', 'P', 'SPAN', 'BUTTON', 'STRONG', 'EM', 'CODE', 'PRE', 'BR', 'UL', 'OL', 'LI', 'A'];
export const PAGE_TAGS = [...OVERLAY_TAGS, 'MAIN', 'H1', 'H3', 'IMG', 'DL', 'DT', 'DD', 'DETAILS', 'SUMMARY', 'LABEL', 'INPUT', 'TEXTAREA', 'FIELDSET', 'LEGEND'];
export const ALLOWED_ATTRIBUTES = ['class', 'id', 'role', 'type', 'href', 'target', 'rel', 'title', 'style', 'tabindex', 'disabled', 'src', 'alt', 'width', 'height', 'for', 'accept', 'multiple', 'hidden', 'open', 'value', 'name', 'rows', 'checked', 'placeholder', 'spellcheck', 'autocomplete', 'lang'];

export interface AuditFindings {
  elements: number;
  links: number;
  /** Each finding says what and where; the audit passes with none. */
  findings: string[];
}

/**
 * Runs in the browser: walk a root (an extension page's document or the overlay's shadow root)
 * and report every element, attribute or link outside what the UI may contain. Self-contained,
 * as Playwright serialises it into the page.
 */
export function auditRendering(args: { root: 'document' | 'overlay'; tags: string[]; attributes: string[]; allowedHost: string }): AuditFindings {
  const root: ParentNode | null | undefined = args.root === 'document' ? document : document.querySelector('console-coach-overlay')?.shadowRoot;
  if (!root) return { elements: 0, links: 0, findings: ['no root to audit'] };
  const hostPattern = new RegExp(args.allowedHost);
  const findings: string[] = [];
  const elements = [...root.querySelectorAll('*')];
  let links = 0;
  for (const element of elements) {
    const tag = element.tagName;
    const where = `${tag.toLowerCase()}${element.className && typeof element.className === 'string' ? `.${element.className.split(' ')[0]}` : ''}`;
    if (args.root === 'document' && element.closest('head')) {
      // The page's own head: its title, stylesheet and module script.
      if (!['HEAD', 'META', 'TITLE', 'LINK', 'SCRIPT'].includes(tag) || (tag === 'SCRIPT' && !(element as HTMLScriptElement).src.startsWith(location.origin))) findings.push(`unexpected <${where}> in head`);
      continue;
    }
    if (args.root === 'document' && (tag === 'HTML' || tag === 'BODY')) continue;
    if (args.root === 'document' && tag === 'SCRIPT' && (element as HTMLScriptElement).src.startsWith(location.origin)) continue;
    if (!args.tags.includes(tag)) findings.push(`element <${where}> is not one the UI uses`);
    for (const { name, value } of [...element.attributes]) {
      if (name.startsWith('on')) findings.push(`event handler attribute ${name} on <${where}>`);
      else if (!args.attributes.includes(name) && !name.startsWith('aria-') && !name.startsWith('data-')) findings.push(`attribute ${name} on <${where}>`);
      if (name === 'style' && /url\(|expression|javascript:|@import|behavior/i.test(value)) findings.push(`style "${value.slice(0, 60)}" on <${where}>`);
      if (name === 'src' && !/^\/icon\/\d+\.png$/.test(element.getAttribute('src') ?? '')) findings.push(`src "${value.slice(0, 60)}" on <${where}>`);
    }
    if (tag === 'A') {
      links += 1;
      const href = (element as HTMLAnchorElement).href;
      let url: URL | null = null;
      try {
        url = new URL(href);
      } catch {
        findings.push(`link with an unreadable address "${href.slice(0, 60)}"`);
      }
      if (url && url.protocol !== 'https:') findings.push(`link to ${url.protocol} "${href.slice(0, 60)}"`);
      else if (url && !hostPattern.test(url.hostname)) findings.push(`link to a host off the allow-list: ${url.hostname}`);
      else if (url && !element.textContent?.includes(`(${url.hostname})`)) findings.push(`link to ${url.hostname} does not show its host`);
    }
  }
  return { elements: elements.length, links, findings };
}
