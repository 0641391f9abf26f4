import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Pack } from '../../../packs/format/load';
import { previewItem } from '../../../state/author';
import { activePackItem } from '../../../state/packs';
import { readPackProgress, recordStep } from '../../../state/progress';
import { createSession, previewPlace } from '../../../state/session';

const step = (id: string) => ({ id, title: id, done: { any: [{ manual: true }] }, content: [], verifiable: false });
const pack = {
  id: 'p',
  title: 'P',
  sections: [
    { id: 's1', title: 'S1', steps: [step('a'), step('b')] },
    { id: 's2', title: 'S2', steps: [step('c')] },
  ],
} as unknown as Pack;

const progressOf = async () => (await readPackProgress('p')).progress;

describe('a learner session (state/session.ts)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('lists every step across sections, in order, and counts what is done', async () => {
    const session = createSession(pack);
    expect(session.steps.map((s) => s.id)).toEqual(['a', 'b', 'c']);
    await recordStep('p', 'b', 'skipped', false);
    expect(session.countDone(await progressOf())).toEqual({ done: 1, already: 0, total: 3 });
    expect(session.nextOpenStep(await progressOf()).id).toBe('a');
  });

  it.each([
    ['nothing done', [], undefined, 'a'],
    ['first done', ['a'], undefined, 'b'],
    ['all done: the last step', ['a', 'b', 'c'], undefined, 'c'],
    ['a kept step wins', ['a'], 'c', 'c'],
    ['a kept step the pack no longer has is ignored', ['a'], 'gone', 'b'],
  ] as const)('start: %s', async (_name, done, keep, expected) => {
    for (const id of done) await recordStep('p', id, 'done', true);
    const started = await createSession(pack).start(await progressOf(), keep);
    expect(started.id).toBe(expected);
    expect(await activePackItem.getValue()).toEqual({ packId: 'p', stepId: expected });
  });

  it('finish records the step with its verified flag and moves on; the last step stays put', async () => {
    const session = createSession(pack);
    expect((await session.finish('a', 'done', true))?.id).toBe('b');
    expect(await activePackItem.getValue()).toEqual({ packId: 'p', stepId: 'b' });
    await activePackItem.setValue({ packId: 'p', stepId: 'c' });
    expect(await session.finish('c', 'skipped', false)).toBeNull();
    expect(await activePackItem.getValue()).toEqual({ packId: 'p', stepId: 'c' });
    const progress = await progressOf();
    expect(progress.a).toMatchObject({ status: 'done', verified: true });
    expect(progress.c).toMatchObject({ status: 'skipped', verified: false });
  });

  it('recordAlready records each step done, verified and already, one write each, and moves past the last of them', async () => {
    const session = createSession(pack);
    await activePackItem.setValue({ packId: 'p', stepId: 'a' });
    const writes: string[] = [];
    fakeBrowser.storage.local.onChanged.addListener((changes) => writes.push(...Object.keys(changes).filter((k) => !k.endsWith('$') && k.startsWith('progress.'))));
    expect((await session.recordAlready(['a', 'b']))?.id).toBe('c');
    expect(writes).toEqual(['progress.p.a', 'progress.p.b']);
    expect(await activePackItem.getValue()).toEqual({ packId: 'p', stepId: 'c' });
    const progress = await progressOf();
    expect(progress.a).toMatchObject({ status: 'done', verified: true, already: true });
    expect(progress.b).toMatchObject({ status: 'done', verified: true, already: true });
    expect(session.countDone(progress)).toEqual({ done: 2, already: 2, total: 3 });
    // The last step: recorded, and the session stays on it.
    expect(await session.recordAlready(['c'])).toBeNull();
    expect(await activePackItem.getValue()).toEqual({ packId: 'p', stepId: 'c' });
  });

  it('an author preview records nothing already done, but moves on', async () => {
    await previewItem.setValue({ pack, stepId: 'a' });
    const session = createSession(pack, previewPlace((await previewItem.getValue())!));
    expect((await session.recordAlready(['a']))?.id).toBe('b');
    expect(await progressOf()).toEqual({});
    expect((await previewItem.getValue())?.stepId).toBe('b');
  });

  it('move goes back and forth within the pack and not past either end', async () => {
    const session = createSession(pack);
    expect((await session.move('b', -1))?.id).toBe('a');
    expect(await session.move('a', -1)).toBeNull();
    expect(await session.move('c', +1)).toBeNull();
    expect(await session.move('nope', +1)).toBeNull();
    expect(await activePackItem.getValue()).toEqual({ packId: 'p', stepId: 'a' });
  });

  it('mark done moves on only from the current step; undo and reset forget', async () => {
    const session = createSession(pack);
    await activePackItem.setValue({ packId: 'p', stepId: 'a' });
    await session.markDone('c', 'a');
    expect(await activePackItem.getValue()).toEqual({ packId: 'p', stepId: 'a' });
    await session.markDone('a', 'a');
    expect(await activePackItem.getValue()).toEqual({ packId: 'p', stepId: 'b' });
    expect((await progressOf()).a).toMatchObject({ status: 'done', verified: false });
    await session.undo('a');
    expect(Object.keys(await progressOf())).toEqual(['c']);
    await session.reset(true);
    expect(await progressOf()).toEqual({});
    expect(await activePackItem.getValue()).toEqual({ packId: 'p', stepId: 'a' });
    await session.stop();
    expect(await activePackItem.getValue()).toBeNull();
  });

  it("a preview moves its own place and records nothing, leaving the student's tutorial alone", async () => {
    await activePackItem.setValue({ packId: 'other', stepId: 'x' });
    const preview = { pack, stepId: 'a' };
    await previewItem.setValue(preview);
    const session = createSession(pack, previewPlace(preview));
    expect((await session.finish('a', 'done', true))?.id).toBe('b');
    expect(await previewItem.getValue()).toMatchObject({ stepId: 'b' });
    await session.markDone('b', 'b');
    await session.reset(false);
    expect(await progressOf()).toEqual({});
    expect(await activePackItem.getValue()).toEqual({ packId: 'other', stepId: 'x' });
    await session.stop();
    expect(await previewItem.getValue()).toBeNull();
  });
});
