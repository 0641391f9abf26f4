import { describe, expect, it } from 'vitest';
import { checkCssSelector } from '../../../packs/format/css-grammar';

describe('the pack CSS grammar', () => {
  it.each([
    'button',
    '*',
    '[class*="awsui_button_"]',
    '[class*="awsui_button_vjswe"]',
    '[class*="awsui_button_vjswe_"]',
    '[class*=awsui_body-cell_]',
    '[data-testid="create-user"]',
    '[data-testid^="user-row-"]',
    '[data-testid*="mfa"]',
    '[data-testid]',
    '[role="tab"]',
    'input[type="checkbox"]',
    '[aria-expanded="true"]',
    '[aria-current]',
    '[ARIA-SELECTED="true" i]',
    'nav[aria-label="Steps"] > ul li + li ~ li',
    '[class*="awsui_tabs_"] [role="tab"]:not([aria-selected="true"])',
    ':is(button, a):where([class*="awsui_button_"])',
    'li:first-child',
    'tr:nth-child(2n+1)',
    'li:nth-of-type(3)',
    'input:checked',
    'button:disabled',
    'h2, h3',
    '#resolving_input',
    'input#password',
    '#resolving_input, #password',
    '[id="signin_button"]',
    'button:not(#next_button)',
  ])('accepts %s', (selector) => {
    expect(checkCssSelector(selector)).toEqual([]);
  });

  it.each([
    ['input[type=password][value^="a"]', /\[value\^="a"\]" selects on a field's value/],
    ['[value]', /"\[value\]" selects on a field's value/],
    ['[VALUE$="z"]', /selects on a field's value/],
    ['input:has([value])', /:has\(\[value\]\)" looks inside elements/],
    [':is([value^=a])', /\[value\^="a"\]" selects on a field's value/],
    [':not(:where([value]))', /selects on a field's value/],
    ['a[href*=x]', /selects on an address/],
    ['img[src]', /selects on an address/],
    ['[placeholder]', /selects on a field's value/],
    ['[aria-valuenow="3"]', /selects on a field's value/],
    ['[aria-valuetext^="1"]', /selects on a field's value/],
    ['[aria-placeholder]', /selects on a field's value/],
    ['input[aria-invalid="true"]', /selects on a field's value/],
    ['[aria-label^="Select alice"]', /compares part of an aria-\* value/],
    ['[name="username"]', /form field's name/],
    ['[id^="user-a"]', /compares part of an id/],
    ['[id*="alice"]', /compares part of an id/],
    ['#password[value^="a"]', /selects on a field's value/],
    ['[title="x"]', /the title attribute/],
    ['[alt]', /the alt attribute/],
    ['.cc-callout', /not a Cloudscape component prefix/],
    ['[class^="awsui_button_"]', /not a Cloudscape component prefix/],
    ['[class*="secret"]', /not a Cloudscape component prefix/],
    ['.awsui_button_vjswe_t8nlg_157', /full hashed Cloudscape class/],
    ['[role^="t"]', /compares part of role/],
    ['[type*="pass"]', /compares part of type/],
    ['[data-testid$="x"]', /compares a test id/],
    ['p:contains(alice)', /matches text/],
    ['input:placeholder-shown', /depends on what the learner types/],
    ['input:invalid', /depends on what the learner types/],
    ['a:hover', /not a pseudo-class pack CSS may use/],
    ['li:nth-child(2 of [value])', /only a number or an\+b/],
    ['a::before', /pseudo-element/],
    ['svg|a', /namespace/],
    ['[xlink|href]', /namespace/],
    ['a < b', /not a combinator/],
    ['> a', /starts or ends with a combinator/],
    ['div[[[', /cannot be parsed/],
    ['[va\\lue^=a]', /backslash escape/],
    ['a/**/[value]', /comment/],
  ])('refuses %s', (selector, message) => {
    const refusals = checkCssSelector(selector);
    expect(refusals.length, selector).toBeGreaterThan(0);
    expect(refusals.map((r) => r.message).join('\n')).toMatch(message);
    for (const refusal of refusals) expect(refusal.fix.length).toBeGreaterThan(10);
  });

  it('names every offending part once', () => {
    const refusals = checkCssSelector('input[type=password][value^="a"]:has([placeholder]) a[href]');
    expect(refusals.map((r) => r.part)).toEqual(['[value^="a"]', ':has([placeholder])', '[href]']);
  });
});
