/**
 * Options for dom-accessibility-api. Left to itself it calls `getComputedStyle` unbound
 * (`isInaccessible`) or bound to the script's own global (`computeAccessibleName`), which a
 * Firefox content script cannot do ("'getComputedStyle' called on an object that does not
 * implement interface Window"): give it the element's own window's, called as a method. Pseudo
 * elements stay out of names, as before.
 */
export const computedStyle = (element: Element, pseudoElement?: string | null): CSSStyleDeclaration =>
  (element.ownerDocument.defaultView ?? window).getComputedStyle(element, pseudoElement);

export const A11Y_OPTIONS = { getComputedStyle: computedStyle, computedStyleSupportsPseudoElements: false };
