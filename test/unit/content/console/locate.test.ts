import { describe, expect, it } from 'vitest';
import { loadDomFixture } from '../../../support/dom-fixtures';
import { findAll, locateTarget, describeTarget } from '../../../../content/console/locate';
import { readPageContext } from '../../../../content/console/page-context';
import { CATALOGUE } from '../../../../packs/catalogue/catalogue';


describe('locating targets on the practice console DOM', () => {
  it('finds a button by role and name inside the open modal', () => {
    const doc = loadDomFixture('iam-dashboard-alias-modal');
    const [button, ...more] = findAll(doc, { role: 'button', name: 'Create alias', within: { modal: true } });
    expect(more).toHaveLength(0);
    expect(button?.textContent).toBe('Create alias');
    expect(button?.closest('[role="dialog"]')).not.toBeNull();
  });

  it('finds a field by its label, in the modal and in the wizard', () => {
    expect(findAll(loadDomFixture('iam-dashboard-alias-modal'), { label: 'Preferred alias' })).toHaveLength(1);
    const [field] = findAll(loadDomFixture('iam-create-user-step-1'), { label: 'User name' });
    expect(field?.tagName).toBe('INPUT');
  });

  it('scopes by the heading of a container, and matches names case- and space-insensitively', () => {
    const doc = loadDomFixture('iam-user-security-credentials');
    const inMfa = findAll(doc, { role: 'button', name: '  assign MFA   device ', within: { heading: 'Multi-factor authentication (MFA)' } });
    expect(inMfa.length).toBeGreaterThanOrEqual(1);
    expect(findAll(doc, { role: 'button', name: 'Assign MFA device', within: { heading: 'Access keys' } })).toHaveLength(0);
  });

  it('tries locators in order and takes the first that matches, with name alternatives', () => {
    const doc = loadDomFixture('iam-user-security-credentials');
    const found = locateTarget(doc, [{ testId: 'nowhere' }, { role: 'tab', name: ['Credenciais de segurança', 'Security credentials'] }]);
    expect(found?.locatorIndex).toBe(1);
    expect(found?.element.getAttribute('role')).toBe('tab');
  });

  it('finds test ids, visible text and Cloudscape component-prefix selectors', () => {
    const doc = loadDomFixture('iam-user-security-credentials');
    expect(findAll(doc, { testId: 'awsc-nav-account-menu-button' })).toHaveLength(1);
    const [text, ...more] = findAll(doc, { text: 'Console sign-in' });
    expect(more).toEqual([]);
    expect(text?.closest('h2')).not.toBeNull();
    expect(findAll(doc, { css: '[class*="awsui_button_vjswe"]' }).length).toBeGreaterThan(3);
    expect(findAll(doc, { css: 'div[[[' })).toEqual([]);
  });

  it('finds a late element once it is inserted', () => {
    const doc = loadDomFixture('iam-create-user-step-1');
    expect(locateTarget(doc, [{ role: 'button', name: 'Arrived late' }])).toBeNull();
    const button = doc.createElement('button');
    button.textContent = 'Arrived late';
    doc.body.append(button);
    expect(locateTarget(doc, [{ role: 'button', name: 'Arrived late' }])?.element).toBe(button);
  });

  it('describes what it looks for in words', () => {
    expect(describeTarget([{ role: 'button', name: ['Create user', 'Add users'] }])).toBe('the Create user button');
    expect(describeTarget([{ label: 'User name' }])).toBe('the User name field');
  });
});

describe('reading the page context', () => {
  it('knows the wizard step, the tab, the modal and the identity', () => {
    const wizard = readPageContext(loadDomFixture('iam-create-user-step-1'), new URL('https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/users/create'), CATALOGUE);
    expect(wizard.pageIds).toEqual(expect.arrayContaining(['iam.users.create', 'iam.users.create.details']));
    expect(wizard.pageIds).not.toContain('iam.users.create.permissions');
    expect(wizard.identity).toBe('root');
    const modal = readPageContext(loadDomFixture('iam-dashboard-alias-modal'), new URL('https://us-east-1.console.aws.amazon.com/iam/home#/home'), CATALOGUE);
    expect(modal.modal).not.toBeNull();
    expect(modal).toMatchObject({ pageIds: ['iam.dashboard'], region: 'us-east-1' });
    const tab = readPageContext(loadDomFixture('iam-user-security-credentials'), new URL('https://us-east-1.console.aws.amazon.com/iam/home#/users/details/alice?section=security_credentials'), CATALOGUE);
    expect(tab.activeTab).toBe('Security credentials');
    expect(tab.pageIds[0]).toBe('iam.user.security-credentials');
  });
});

describe('names that Cloudscape extends', () => {
  it('finds a checkbox whose name ends with its form field group label, preferring exact names', () => {
    const doc = loadDomFixture('iam-create-user-step-1');
    const group = doc.createElement('div');
    for (const name of ['Require at least one number Password strength', 'Require at least one number of things']) {
      const input = doc.createElement('input');
      input.type = 'checkbox';
      input.setAttribute('aria-label', name);
      group.append(input);
    }
    doc.body.append(group);
    const [found, ...more] = findAll(doc, { role: 'checkbox', name: 'Require at least one number' });
    expect(more).toHaveLength(1); // both begin with the name: the pack must be more precise
    expect(found?.getAttribute('aria-label')).toBe('Require at least one number Password strength');
    const exact = doc.createElement('input');
    exact.type = 'checkbox';
    exact.setAttribute('aria-label', 'Require at least one number');
    group.append(exact);
    expect(findAll(doc, { role: 'checkbox', name: 'Require at least one number' })).toEqual([exact]);
  });
});
