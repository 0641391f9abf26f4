import { describe, expect, it } from 'vitest';
import { withFollowUp, withStep, type RecordedStep } from '../../../../packs/draft/recording';

const step = (over: Partial<RecordedStep>): RecordedStep => ({
  action: 'click',
  role: 'button',
  name: 'Create user',
  pageId: 'iam.users',
  target: [{ role: 'button', name: 'Create user' }],
  done: [{ clicked: true }],
  identity: 'root',
  region: null,
  secretPage: false,
  at: 1_000,
  ...over,
});

describe('recorded steps: noise merged', () => {
  it('a double click on the same control is one step; a later click on it is another', () => {
    const once = withStep([], step({}));
    expect(withStep(once, step({ at: 1_200 }))).toHaveLength(1);
    expect(withStep(once, step({ at: 5_000 }))).toHaveLength(2);
  });

  it('a field typed in several times is one step, whenever the typing happens', () => {
    const typed = withStep([], step({ action: 'type', role: 'textbox', target: [{ label: 'User name' }] }));
    expect(withStep(typed, step({ action: 'type', role: 'textbox', target: [{ label: 'User name' }], at: 60_000 }))).toHaveLength(1);
    expect(withStep(typed, step({ action: 'type', role: 'textbox', target: [{ label: 'Password' }] }))).toHaveLength(2);
  });

  it('a step read back from storage with its keys in another order (as Chrome hands them back) is still the same control', () => {
    // Each key typed is an input event; between two, the recording comes back from storage sorted.
    const typed = withStep([], step({ action: 'type', role: 'textbox', target: [{ role: 'textbox', name: 'User name' }, { label: 'User name' }] }));
    const readBack = JSON.parse(JSON.stringify(typed).replace('{"role":"textbox","name":"User name"}', '{"name":"User name","role":"textbox"}')) as RecordedStep[];
    expect(JSON.stringify(readBack)).not.toBe(JSON.stringify(typed));
    expect(withStep(readBack, step({ action: 'type', role: 'textbox', target: [{ role: 'textbox', name: 'User name' }, { label: 'User name' }], at: 300 }))).toHaveLength(1);
  });

  it('a box ticked and cleared again keeps its last state; a label click passed on to its box is one step', () => {
    const box = { role: 'checkbox', target: [{ role: 'checkbox' as const, name: 'AdministratorAccess' }] };
    const ticked = withStep([], step({ ...box, action: 'check' }));
    const cleared = withStep(ticked, step({ ...box, action: 'uncheck', at: 9_000 }));
    expect(cleared).toEqual([expect.objectContaining({ action: 'uncheck' })]);
    expect(withStep(ticked, step({ ...box, action: 'check', at: 1_010 }))).toHaveLength(1);
  });

  it('the same name on another page is another step', () => {
    expect(withStep([step({})], step({ pageId: 'iam.users.create.review', at: 1_100 }))).toHaveLength(2);
  });
});

describe('what followed a step', () => {
  it('replaces "clicked" and adds each kind once', () => {
    let steps = withFollowUp([step({})], { page: 'iam.users.create.details' });
    expect(steps[0]!.done).toEqual([{ page: 'iam.users.create.details' }]);
    steps = withFollowUp(steps, { flash: { type: 'success' } });
    steps = withFollowUp(steps, { page: 'iam.users' });
    expect(steps[0]!.done).toEqual([{ page: 'iam.users.create.details' }, { flash: { type: 'success' } }]);
  });

  it('does nothing without a step', () => {
    expect(withFollowUp([], { page: 'iam.users' })).toEqual([]);
  });
});
