import { describe, expect, it } from 'vitest';
import { domFromHtml, loadDomFixture } from '../../../support/dom-fixtures';
import { actionableControl, chooseTarget, clickStep, mostSpecificPage, pageHasSecrets, typingField, typingStep } from '../../../../content/author/capture';
import { repickedTarget } from '../../../../content/author/repick';
import { describeElement } from '../../../../content/author/describe-element';

const where = (doc: Document, pageIds = ['iam.users.create', 'iam.users.create.details']) => ({ doc, context: { pageIds, identity: 'root' as const, region: 'us-east-1' }, now: 5 });

describe('what the recorder takes as a step', () => {
  it('typing into a field: its label, never what was typed', () => {
    const doc = loadDomFixture('iam-create-user-step-1');
    const field = doc.getElementById('formField:r56:') as HTMLInputElement;
    field.value = 'typed-secret-value';
    field.setAttribute('value', 'typed-secret-value');
    expect(typingField(field)).toBe(field);
    // A click on a text field only focuses it: the typing is the step.
    expect(actionableControl(field)).toBeNull();
    const step = typingStep(field, where(doc));
    expect(step).toMatchObject({ action: 'type', name: 'User name', pageId: 'iam.users.create.details', region: null, identity: 'root' });
    expect(step.target.some((l) => l.label === 'User name')).toBe(true);
    expect(JSON.stringify(step)).not.toContain('typed-secret-value');
  });

  it('the account menu: found by its test id, never by the name that holds the account', () => {
    const doc = loadDomFixture('iam-create-user-step-1');
    const menu = doc.querySelector('[data-testid="awsc-nav-account-menu-button"]')!;
    menu.textContent = 'root @ 1234-5678-9012';
    const step = clickStep(actionableControl(menu)!, where(doc));
    expect(step.name).toBeNull();
    expect(step.target[0]).toEqual({ testId: 'awsc-nav-account-menu-button' });
    expect(JSON.stringify(step)).not.toMatch(/1234|@/);
  });

  it('text labelling a radio or box (a <label>, or aria-labelledby as in Cloudscape tiles) records that control; plain text records nothing', () => {
    const doc = domFromHtml(
      `<main>
        <label><input type="checkbox" id="c"> <span id="ct">Provide access</span></label>
        <div class="tile"><div id="t1"><span>I want to create an IAM user</span></div><input type="radio" name="r" aria-labelledby="t1"></div>
        <h1>Specify user details</h1>
      </main>`,
      'https://console.aws.amazon.com/iam/home',
    );
    expect(actionableControl(doc.getElementById('ct')!)).toBe(doc.getElementById('c'));
    expect(actionableControl(doc.querySelector('#t1 span')!)).toBe(doc.querySelector('input[type="radio"]'));
    expect(actionableControl(doc.querySelector('h1')!)).toBeNull();
    expect(clickStep(doc.querySelector('input[type="radio"]')!, where(doc)).action).toBe('choose');
  });

  it('a page shows secrets when it has a secret field or value, not a column such as "Password age"', () => {
    const html = (body: string) => domFromHtml(`<main>${body}</main>`, 'https://console.aws.amazon.com/iam/home');
    expect(pageHasSecrets(html('<table><tr><th>Password age</th><th>Access key ID</th></tr></table>'))).toBe(false);
    expect(pageHasSecrets(html('<dl><dt>Console password</dt><dd>••••</dd></dl>'))).toBe(true);
    expect(pageHasSecrets(html('<input type="password">'))).toBe(true);
    expect(pageHasSecrets(html('<label>MFA code 1<input></label>'))).toBe(true);
  });

  it('the most specific page recognised names the step', () => {
    expect(mostSpecificPage({ pageIds: ['iam.users.create', 'iam.users.create.details'] })).toBe('iam.users.create.details');
    expect(mostSpecificPage({ pageIds: [] })).toBeNull();
  });

  it('a target is the best locator that finds the element alone, then one of another kind', () => {
    const doc = loadDomFixture('iam-dashboard-alias-modal');
    const button = [...doc.querySelectorAll('[role="dialog"] button')].find((b) => b.textContent === 'Create alias')!;
    const target = chooseTarget(describeElement(doc, button));
    expect(target).toHaveLength(2);
    expect(Object.keys(target[0]!)).toContain('role');
    expect(Object.keys(target[1]!)).not.toContain('role');
  });
});

describe('a re-picked target', () => {
  it('the new locators first; old ones that find nothing kept after them; one that finds another element dropped', () => {
    const doc = loadDomFixture('iam-dashboard-alias-modal');
    const button = [...doc.querySelectorAll('[role="dialog"] button')].find((b) => b.textContent === 'Create alias')!;
    const target = repickedTarget(doc, button, describeElement(doc, button), [{ role: 'button', name: 'Make alias (old wording)' }, { role: 'button', name: 'Cancel' }]);
    expect(target.at(-1)).toEqual({ role: 'button', name: 'Make alias (old wording)' });
    expect(target).not.toContainEqual({ role: 'button', name: 'Cancel' });
  });

  it('an old locator equal to a new one, its keys in another order (read back from storage), is not kept twice', () => {
    const doc = loadDomFixture('iam-dashboard-alias-modal');
    const button = [...doc.querySelectorAll('[role="dialog"] button')].find((b) => b.textContent === 'Create alias')!;
    const fresh = repickedTarget(doc, button, describeElement(doc, button), []);
    const sorted = fresh.map((locator) => Object.fromEntries(Object.entries(locator).reverse()) as typeof locator);
    expect(repickedTarget(doc, button, describeElement(doc, button), sorted)).toEqual(fresh);
  });
});
