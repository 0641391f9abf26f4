import { describe, expect, it } from 'vitest';
import { loadDomFixture } from '../../../support/dom-fixtures';
import { bestDescriptors, describeElement, looksSecret, pickedControl } from '../../../../content/author/describe-element';
import { checkCssSelector } from '../../../../packs/format/css-grammar';


describe('describing a picked element', () => {
  it('a button inside the open modal: role and name first, also scoped to the modal, each with its match count', () => {
    const doc = loadDomFixture('iam-dashboard-alias-modal');
    const button = [...doc.querySelectorAll('[role="dialog"] button')].find((b) => b.textContent === 'Create alias')!;
    // A click lands on the button's inner text: the button is what was meant.
    const inner = button.querySelector('span') ?? button;
    expect(pickedControl(inner)).toBe(button);
    const descriptors = describeElement(doc, inner);
    expect(descriptors[0]).toMatchObject({ kind: 'role', locator: { role: 'button', name: 'Create alias' }, matches: 1, pointsAtPicked: true });
    expect(descriptors.some((d) => d.locator.within?.modal && d.matches === 1)).toBe(true);
    expect(descriptors.at(-1)?.kind).toBe('css');
    expect(descriptors.at(-1)?.locator.css).toMatch(/^\[class\*="awsui_[a-z-]+_"\]$/);
    // What author mode writes, the loader accepts.
    expect(checkCssSelector(descriptors.at(-1)!.locator.css!)).toEqual([]);
    expect(bestDescriptors(descriptors).every((d) => d.matches === 1)).toBe(true);
  });

  it('a field in the Create user wizard: its label, never what was typed into it', () => {
    const doc = loadDomFixture('iam-create-user-step-1');
    const field = doc.getElementById('formField:r56:') as HTMLInputElement;
    field.value = 'secret-typed-value';
    field.setAttribute('value', 'secret-typed-value');
    const descriptors = describeElement(doc, field);
    expect(descriptors.find((d) => d.kind === 'label')).toMatchObject({ locator: { label: 'User name' }, matches: 1 });
    expect(JSON.stringify(descriptors)).not.toContain('secret-typed-value');
  });

  it('never offers text that looks like a secret shown on screen', () => {
    const doc = loadDomFixture('iam-user-security-credentials');
    const secret = doc.createElement('span');
    secret.textContent = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    doc.querySelector('h1')!.after(secret);
    expect(looksSecret(secret.textContent)).toBe(true);
    expect(JSON.stringify(describeElement(doc, secret))).not.toContain('EXAMPLEKEY');
    expect(looksSecret('Create access key')).toBe(false);
  });
});
