import { describe, expect, it } from 'vitest';
import { loadDomFixture } from '../../../support/dom-fixtures';
import { bestDescriptors, describeElement, inCredentialArea, looksSecret, pickedControl } from '../../../../content/author/describe-element';
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

  it('treats a password with symbols as secret: any 8+ character word mixing letters, digits and symbols', () => {
    const doc = loadDomFixture('iam-user-security-credentials');
    expect(looksSecret('Xk9#mP2$vL7!qR4&')).toBe(true);
    expect(looksSecret('Your password is Ab3$efgh')).toBe(true);
    for (const plain of ['Create access key', 'Step 2 of 4', 'Users (3)', 'Console sign-in', 'Show secret key']) expect(looksSecret(plain), plain).toBe(false);
    const shown = doc.createElement('span');
    shown.textContent = 'Xk9#mP2$vL7!qR4&';
    doc.querySelector('h1')!.after(shown);
    expect(JSON.stringify(describeElement(doc, shown))).not.toContain('Xk9#mP2');
  });

  it('never offers visible text inside a credential area, even text that does not look secret', () => {
    const doc = loadDomFixture('iam-user-security-credentials');
    // The page heading is not a credential area.
    expect(inCredentialArea(doc.querySelector('h1')!)).toBe(false);
    // A key-value display as the console draws a new user's password: label, then the value.
    const pair = doc.createElement('div');
    const label = doc.createElement('div');
    label.className = 'awsui_key-label-variant_18wu0_hdd32_123';
    label.textContent = 'Console password';
    const value = doc.createElement('span');
    value.textContent = 'sunny-day';
    pair.append(label, Object.assign(doc.createElement('div'), { className: 'awsui_root_x' }));
    pair.lastElementChild!.append(value);
    doc.querySelector('h1')!.after(pair);
    expect(inCredentialArea(value)).toBe(true);
    expect(describeElement(doc, value).filter((d) => d.kind === 'text')).toEqual([]);
    expect(JSON.stringify(describeElement(doc, value))).not.toContain('sunny-day');

    const form = doc.createElement('form');
    const password = Object.assign(doc.createElement('input'), { type: 'password' });
    const hint = Object.assign(doc.createElement('small'), { textContent: 'plain words' });
    form.append(password, hint);
    doc.body.append(form);
    expect(inCredentialArea(hint)).toBe(true);
    expect(JSON.stringify(describeElement(doc, hint))).not.toContain('plain words');
  });
});
