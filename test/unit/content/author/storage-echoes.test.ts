import { describe, expect, it } from 'vitest';
import { storageEchoes } from '../../../../content/author/storage-echoes';

/** What Chrome's storage hands back: the same value, each object's keys sorted. */
const asStorageReturnsIt = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value, (_key, inner: unknown) => (inner && typeof inner === 'object' && !Array.isArray(inner) ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b))) : inner)));

describe('storage echoes of the recorder’s own writes', () => {
  const clicked = { status: 'recording', steps: [{ action: 'click', done: [{ clicked: true }] }] };
  const ledToPage = { status: 'recording', steps: [{ action: 'click', done: [{ page: 'iam.users.create.password' }] }] };
  const flashFollowed = { status: 'recording', steps: [{ action: 'click', done: [{ page: 'iam.users.create.password' }, { flash: { type: 'success' } }] }] };

  it('an echo of an older write, arriving after newer ones, is known as the recorder’s own (its newer copy stays)', () => {
    const echoes = storageEchoes();
    echoes.wrote(clicked);
    echoes.wrote(ledToPage);
    echoes.wrote(flashFollowed);
    expect(echoes.isOwnEcho(asStorageReturnsIt(clicked))).toBe(true);
    expect(echoes.isOwnEcho(asStorageReturnsIt(ledToPage))).toBe(true);
    expect(echoes.isOwnEcho(asStorageReturnsIt(flashFollowed))).toBe(true);
  });

  it('a value the recorder never wrote is someone else’s change (the panel’s Undo, another tab)', () => {
    const echoes = storageEchoes();
    echoes.wrote(ledToPage);
    expect(echoes.isOwnEcho({ status: 'paused', steps: ledToPage.steps })).toBe(false);
    expect(echoes.isOwnEcho(null)).toBe(false);
  });

  it('once a later write is echoed, an earlier one is not taken for an echo again', () => {
    const echoes = storageEchoes();
    echoes.wrote(clicked);
    echoes.wrote(ledToPage);
    expect(echoes.isOwnEcho(ledToPage)).toBe(true);
    // The same steps again later (an Undo back to them) are a change, not an echo.
    expect(echoes.isOwnEcho(clicked)).toBe(false);
  });
});
