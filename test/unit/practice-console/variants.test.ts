import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VARIANTS,
  checkVariants,
  formatVariantChanges,
  formatVariants,
  parseVariants,
  parseVariantsStrict,
  resolveVariants,
} from '../../practice-console/src/variants';
import { consoleHostPrefix, parseConsolePrefix, sessionConsoleHost } from '../../practice-console/src/consoleHosts';
import { applyAction } from '../../practice-console/src/state/actions';
import { MAX_SESSIONS, createInitialState } from '../../practice-console/src/state/model';

describe('practice console variants', () => {
  it('defaults to the best reading of the evidence: new sign-in, sign-out on the public site, a fresh account', () => {
    expect(DEFAULT_VARIANTS).toEqual({
      signin: 'new',
      signinWording: 'default',
      signout: 'aws-site',
      rootMfa: 'none',
      billingAccess: 'off',
      session: 'single',
      header: 'auto',
      metricPicker: 'links',
    });
  });

  it('reads settings and shorthands, commas or spaces, later words winning', () => {
    expect(parseVariants('signin=legacy, multi-session narrow-header,metric-picker=tiles')).toEqual({
      variants: { signin: 'legacy', session: 'multi', header: 'narrow', metricPicker: 'tiles' },
      unknown: [],
    });
    expect(parseVariants('legacy').variants).toEqual({ signin: 'legacy', signout: 'legacy' });
    expect(parseVariants('legacy,signin=new').variants).toEqual({ signin: 'new', signout: 'legacy' });
    expect(parseVariants('ROOT-MFA=Registered').variants).toEqual({ rootMfa: 'registered' });
    expect(parseVariants('').variants).toEqual({});
  });

  it('reports unknown words; the strict reader and the object check refuse them with the list of known ones', () => {
    expect(parseVariants('signin=old,wide,billing-access=activated')).toEqual({ variants: { billingAccess: 'activated' }, unknown: ['signin=old', 'wide'] });
    expect(() => parseVariantsStrict('signin=old')).toThrow(/Unknown practice-console variants: signin=old\. Known: signin=new\|legacy, .*multi-session/);
    expect(() => checkVariants({ metricPicker: 'cards' as never })).toThrow(/metricPicker: cards/);
    expect(checkVariants({ session: 'multi' })).toEqual({ session: 'multi' });
  });

  it('resolves layers over the defaults and writes them back', () => {
    const resolved = resolveVariants({ signin: 'legacy' }, undefined, { signin: 'new', header: 'narrow' });
    expect(resolved).toEqual({ ...DEFAULT_VARIANTS, header: 'narrow' });
    expect(parseVariants(formatVariants(resolved)).variants).toEqual(resolved);
    expect(formatVariantChanges(resolved)).toBe('header=narrow');
    expect(formatVariantChanges(DEFAULT_VARIANTS)).toBe('');
  });
});

describe('multi-session hosts and sessions', () => {
  it('reads the session and the region from a console host', () => {
    expect(consoleHostPrefix('123456789012-ab12cd34.us-east-1.console.aws.amazon.com')).toBe('123456789012-ab12cd34.us-east-1');
    expect(parseConsolePrefix('123456789012-ab12cd34.us-east-1')).toEqual({ session: { accountId: '123456789012', id: 'ab12cd34' }, region: 'us-east-1' });
    expect(parseConsolePrefix('eu-west-2')).toEqual({ session: null, region: 'eu-west-2' });
    expect(parseConsolePrefix('')).toEqual({ session: null, region: null });
    expect(parseConsolePrefix('123456789012-AB12CD34.us-east-1').session).toBeNull();
    expect(sessionConsoleHost('123456789012', 'ab12cd34', 'us-gov-west-1', 'amazonaws-us-gov.com')).toBe('123456789012-ab12cd34.us-gov-west-1.console.amazonaws-us-gov.com');
  });

  it('adds up to five sessions, signs out of one or all', () => {
    let state = createInitialState();
    const ids: string[] = [];
    for (let i = 0; i < MAX_SESSIONS; i++) {
      const outcome = applyAction(state, { type: 'signIn', identity: { kind: 'root' }, session: true }, createInitialState);
      expect(outcome.ok).toBe(true);
      state = outcome.state;
      ids.push(state.sessions!.at(-1)!.id);
    }
    expect(ids.every((id) => /^[a-z0-9]{8}$/.test(id))).toBe(true);
    const sixth = applyAction(state, { type: 'signIn', identity: { kind: 'root' }, session: true }, createInitialState);
    expect(sixth).toMatchObject({ ok: false, error: expect.stringMatching(/up to 5 sessions/) });

    state = applyAction(state, { type: 'signOut', session: ids[4]! }, createInitialState).state;
    expect(state.sessions!.map((s) => s.id)).toEqual(ids.slice(0, 4));
    expect(state.identity).toEqual({ kind: 'root' });
    state = applyAction(state, { type: 'signOut', session: 'all' }, createInitialState).state;
    expect(state.sessions).toEqual([]);
    expect(state.identity).toBeNull();
  });

  it('single-session sign-out leaves no sessions key behind', () => {
    const state = applyAction(createInitialState(), { type: 'signOut' }, createInitialState).state;
    expect(state.identity).toBeNull();
    expect('sessions' in state).toBe(false);
  });
});
