import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadPack, type Pack } from '../../../packs/format/load';
import { applyLibraryChanges, readActivePack, readLibrary } from '../../../state/library';
import { activePackItem, hiddenPackItem, installPack } from '../../../state/packs';
import { recordStep } from '../../../state/progress';
import { recordDrift } from '../../../state/drift';

function fixturePack(): Pack {
  const result = loadPack(readFileSync('test/fixtures/packs/valid-minimal.yaml', 'utf8'), { knownPages: new Set(['iam.dashboard']) });
  if (!result.ok) throw new Error('fixture');
  return result.pack;
}

/** Record what storage reports as changed while `write` runs, as the popup would receive it. */
async function changesOf(write: () => Promise<void>) {
  const seen: Record<string, { newValue?: unknown }> = {};
  const listener = (changes: Record<string, { newValue?: unknown }>) => Object.assign(seen, changes);
  fakeBrowser.storage.onChanged.addListener(listener);
  await write();
  fakeBrowser.storage.onChanged.removeListener(listener);
  return seen;
}

describe('the library view', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads packs, progress, hidden flags and the active step in one go', async () => {
    const pack = fixturePack();
    await installPack({ pack, origin: { kind: 'builtin' } });
    const first = pack.sections[0]!.steps[0]!.id;
    await recordStep(pack.id, first, 'done', true);
    await hiddenPackItem(pack.id).setValue(true);
    await activePackItem.setValue({ packId: pack.id, stepId: first });
    const library = await readLibrary();
    expect(library.packs.map((p) => p.pack.id)).toEqual([pack.id]);
    expect(library.progress[pack.id]?.[first]).toMatchObject({ status: 'done', verified: true });
    expect([...library.hidden]).toEqual([pack.id]);
    expect(library.active).toEqual({ packId: pack.id, stepId: first });
    expect(library.notices).toEqual([]);
  });

  it('clears drift entries left by packs that are no longer installed', async () => {
    const pack = fixturePack();
    await installPack({ pack, origin: { kind: 'builtin' } });
    const drift = { packVersion: '1.0.0', stepId: 'open-dashboard', kind: 'target-not-found' as const, locators: null, expectedPage: null, detectedPages: [], where: 'console:/iam/home' };
    await recordDrift({ ...drift, packId: pack.id });
    await recordDrift({ ...drift, packId: 'removed-long-ago' });
    const library = await readLibrary();
    expect(Object.keys(library.drift)).toEqual([pack.id]);
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).filter((k) => k.startsWith('drift.'))).toEqual([expect.stringMatching(new RegExp(`^drift\\.${pack.id}\\.`))]);
  });

  it('resets damaged progress of one pack and says so', async () => {
    const pack = fixturePack();
    await installPack({ pack, origin: { kind: 'builtin' } });
    await fakeBrowser.storage.local.set({ [`progress.${pack.id}.x`]: { status: 'finished' } });
    const library = await readLibrary();
    expect(library.progress[pack.id]).toEqual({});
    expect(library.notices).toEqual([`The progress of "${pack.title}" was damaged and has been reset.`]);
    expect(await fakeBrowser.storage.local.get(`progress.${pack.id}.x`)).toEqual({});
  });

  it('follows steps done, undone, hidden flags and the active step from the change alone', async () => {
    const pack = fixturePack();
    await installPack({ pack, origin: { kind: 'builtin' } });
    let library = await readLibrary();
    const [a, b] = pack.sections.flatMap((s) => s.steps).map((s) => s.id);
    const apply = async (write: () => Promise<void>) => {
      const next = applyLibraryChanges(library, await changesOf(write));
      expect(next).not.toBeNull();
      library = next!;
      // The change alone gives what a full read gives.
      const read = await readLibrary();
      expect({ ...library, notices: [] }).toEqual({ ...read, notices: [] });
    };
    await apply(() => recordStep(pack.id, a!, 'done', true));
    await apply(() => activePackItem.setValue({ packId: pack.id, stepId: b! }));
    await apply(() => hiddenPackItem(pack.id).setValue(true));
    await apply(() => fakeBrowser.storage.local.remove(`progress.${pack.id}.${a}`));
    await apply(() => activePackItem.setValue(null));
    expect(library.progress[pack.id]).toEqual({});
  });

  it('asks for a full read when a pack changes or a value looks damaged', async () => {
    const pack = fixturePack();
    await installPack({ pack, origin: { kind: 'builtin' } });
    const library = await readLibrary();
    expect(applyLibraryChanges(library, await changesOf(() => installPack({ pack: { ...pack, version: '9.9.9' }, origin: { kind: 'builtin' } })))).toBeNull();
    expect(applyLibraryChanges(library, { [`progress.${pack.id}.x`]: { newValue: { status: 'finished' } } })).toBeNull();
    expect(applyLibraryChanges(library, { activePack: { newValue: 'nonsense' } })).toBeNull();
    // The author's draft and preview, settings and the update re-check's record are not library data.
    expect(applyLibraryChanges(library, { 'author.draft': { newValue: 'format: 1' }, preview: { newValue: null }, 'settings.overlayEnabled': { newValue: false }, 'recheck.checkedBy': { newValue: '9.9.9' } })).toEqual({ ...library, notices: [] });
    // Progress of a pack the library does not hold changes nothing.
    expect(applyLibraryChanges(library, { 'progress.other.a': { newValue: { status: 'done', at: new Date().toISOString(), verified: true } } })).toEqual({ ...library, notices: [] });
  });
});

describe("the running pack, read first for the popup's checklist", () => {
  beforeEach(() => fakeBrowser.reset());

  it('is the running pack with its progress and hidden flag, as the full read has them', async () => {
    const pack = fixturePack();
    const other = { ...pack, id: 'another-pack', title: 'Another' };
    await installPack({ pack, origin: { kind: 'builtin' } });
    await installPack({ pack: other, origin: { kind: 'builtin' } });
    const first = pack.sections[0]!.steps[0]!.id;
    await recordStep(pack.id, first, 'done', true);
    await recordStep(other.id, first, 'skipped', false);
    await hiddenPackItem(pack.id).setValue(true);
    await activePackItem.setValue({ packId: pack.id, stepId: first });
    const partial = await readActivePack();
    const full = await readLibrary();
    expect(partial?.partial).toBe(true);
    expect(partial?.packs).toEqual(full.packs.filter((p) => p.pack.id === pack.id));
    expect(partial?.progress).toEqual({ [pack.id]: full.progress[pack.id] });
    expect(partial?.active).toEqual(full.active);
    expect([...partial!.hidden]).toEqual([pack.id]);
  });

  it('is null when nothing runs, or when the pack must go through the full read (an older stored form, damaged progress)', async () => {
    expect(await readActivePack()).toBeNull();
    const pack = fixturePack();
    const first = pack.sections[0]!.steps[0]!.id;
    await fakeBrowser.storage.local.set({ [`pack.${pack.id}`]: { pack, builtin: true }, activePack: { packId: pack.id, stepId: first } });
    expect(await readActivePack()).toBeNull();
    await installPack({ pack, origin: { kind: 'builtin' } });
    expect(await readActivePack()).not.toBeNull();
    await fakeBrowser.storage.local.set({ [`progress.${pack.id}.${first}`]: { status: 'nonsense' } });
    expect(await readActivePack()).toBeNull();
  });
});
