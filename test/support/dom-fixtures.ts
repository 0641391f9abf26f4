import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';

/**
 * DOM saved from the practice console (scripts/capture-dom-fixtures.ts), in jsdom. jsdom has no
 * layout, so every element that is not hidden gets a box, as a browser would give it; the code
 * under test runs in this window's realm, so its globals are lent to the test's.
 */
export function loadDomFixture(name: string): Document {
  return domFromHtml(readFileSync(`test/fixtures/dom/${name}.html`, 'utf8'), 'https://us-east-1.console.aws.amazon.com/iam/home');
}

/** A page of HTML in jsdom with boxes, as fixtures get them. */
export function domFromHtml(html: string, url: string): Document {
  const { window } = new JSDOM(html, { url });
  window.Element.prototype.getClientRects = function (this: Element) {
    const hidden = this.closest('[hidden], [style*="display: none"]');
    return (hidden ? [] : [{ x: 0, y: 0, width: 10, height: 10 }]) as unknown as DOMRectList;
  };
  Object.assign(globalThis, { NodeFilter: window.NodeFilter, HTMLInputElement: window.HTMLInputElement, HTMLLabelElement: window.HTMLLabelElement });
  return window.document;
}
