import type { Locator, Names } from '../../packs/format/schema';

/**
 * A YAML scalar, always quoted so no text can change the structure: single quotes for text with
 * double quotes in it (CSS selectors read better), else double quotes (a JSON string is valid YAML).
 */
function scalar(value: string | boolean): string {
  if (typeof value === 'boolean') return String(value);
  // Printable ASCII only in single quotes: there, only ' would need escaping, and it is absent.
  if (value.includes('"') && !value.includes("'") && /^[ -~]*$/.test(value)) return `'${value}'`;
  return JSON.stringify(value);
}
const names = (value: Names) => (Array.isArray(value) ? `[${value.map(scalar).join(', ')}]` : scalar(value));

function locatorLines(locator: Locator): string[] {
  const fields: string[] = [];
  for (const key of ['role', 'name', 'label', 'testId', 'text', 'css'] as const) {
    const value = locator[key];
    if (value !== undefined) fields.push(`${key}: ${key === 'name' || key === 'label' || key === 'text' ? names(value as Names) : scalar(value as string)}`);
  }
  if (locator.within?.heading !== undefined) fields.push(`within: { heading: ${names(locator.within.heading)} }`);
  if (locator.within?.modal) fields.push('within: { modal: true }');
  return fields.map((field, i) => `${i === 0 ? '  - ' : '    '}${field}`);
}

/**
 * The `page` and `target` of a step, in the pack format, ready to paste under a step: the
 * picked element's best descriptors, tried in order. Built by hand (no YAML library in the
 * content script); every value is quoted.
 */
export function targetYaml(pageId: string | null, locators: readonly Locator[]): string {
  const lines: string[] = [];
  if (pageId) lines.push(`page: ${pageId}`);
  if (locators.length) lines.push('target:', ...locators.flatMap(locatorLines));
  return `${lines.join('\n')}\n`;
}
