import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadPack, type Pack } from '../../../packs/format/load';
import { installPack, listPacks, packItem, removePack, activePackItem } from '../../../state/packs';
import { readPackProgress, recordStep } from '../../../state/progress';
import { driftByPack, recordDrift } from '../../../state/drift';

function fixturePack(): Pack {
  const result = loadPack(readFileSync('test/fixtures/packs/valid-minimal.yaml', 'utf8'), { knownPages: new Set(['iam.dashboard']) });
  if (!result.ok) throw new Error('fixture');
  return result.pack;
}

const imported = (pack: Pack) => ({ pack, origin: { kind: 'imported' as const, fileName: 'p.yaml', installedAt: '2026-11-23T10:00:00.000Z', source: 'format: 1' } });

describe('the pack library in extension storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('migrates a pack stored in the first format', async () => {
    const pack = fixturePack();
    await fakeBrowser.storage.local.set({ [`pack.${pack.id}`]: { pack, builtin: false, installedAt: '2026-11-01T00:00:00.000Z', source: 'format: 1\n' } });
    const stored = await packItem(pack.id).getValue();
    expect(stored?.origin).toEqual({ kind: 'imported', fileName: `${pack.id}.yaml`, installedAt: '2026-11-01T00:00:00.000Z', source: 'format: 1\n' });
    expect(await fakeBrowser.storage.local.get(`pack.${pack.id}$`)).toEqual({ [`pack.${pack.id}$`]: { v: 2 } });
  });

  it('drops a corrupt pack without touching the others', async () => {
    const pack = fixturePack();
    await installPack(imported(pack));
    await fakeBrowser.storage.local.set({ 'pack.broken': { pack: { id: 'broken' } }, 'pack.broken$': { v: 2 }, 'progress.broken.a': { status: 'done', at: 'x', verified: true } });
    const { packs, dropped } = await listPacks();
    expect(packs.map((p) => p.pack.id)).toEqual([pack.id]);
    expect(dropped).toEqual(['broken']);
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).filter((k) => k.includes('broken'))).toEqual([]);
  });

  it('resets only the pack whose progress is corrupt', async () => {
    await recordStep('one', 'a', 'done', true);
    await recordStep('two', 'a', 'done', true);
    await fakeBrowser.storage.local.set({ 'progress.one.b': { status: 'finished' } });
    expect(await readPackProgress('one')).toEqual({ progress: {}, reset: true });
    const two = await readPackProgress('two');
    expect(two.reset).toBe(false);
    expect(two.progress.a).toMatchObject({ status: 'done', verified: true });
  });

  it('keeps every completion when two writers record steps at the same moment', async () => {
    const steps = Array.from({ length: 50 }, (_, i) => `step-${i}`);
    await Promise.all(steps.map((id, i) => recordStep('pack', id, 'done', i % 2 === 0)));
    const { progress } = await readPackProgress('pack');
    expect(Object.keys(progress).sort()).toEqual([...steps].sort());
  });

  it('installing a newer version keeps the progress of steps that remain', async () => {
    const pack = fixturePack();
    await installPack(imported(pack));
    await recordStep(pack.id, 'open-dashboard', 'done', true);
    await recordStep(pack.id, 'confirm-alias', 'done', false);
    const next = { ...pack, version: '1.1.0', sections: [{ ...pack.sections[0]!, steps: [pack.sections[0]!.steps[0]!] }] };
    await installPack(imported(next));
    const { progress } = await readPackProgress(pack.id);
    expect(Object.keys(progress)).toEqual(['open-dashboard']);
    expect((await packItem(pack.id).getValue())?.pack.version).toBe('1.1.0');
  });

  it('removing a pack removes its progress and its drift report, stops it, and leaves other packs alone', async () => {
    const pack = fixturePack();
    await installPack(imported(pack));
    await recordStep(pack.id, 'open-dashboard', 'done', true);
    const drift = { packVersion: '1.0.0', stepId: 'open-dashboard', kind: 'target-not-found' as const, locators: null, expectedPage: 'iam.dashboard', detectedPages: [], where: 'console:/iam/home#/home' };
    await recordDrift({ ...drift, packId: pack.id });
    // Another pack whose id starts the same keeps its report.
    await recordDrift({ ...drift, packId: `${pack.id}-two` });
    await activePackItem.setValue({ packId: pack.id, stepId: 'confirm-alias' });
    await removePack(pack.id);
    expect(Object.keys(driftByPack(await fakeBrowser.storage.local.get(null)))).toEqual([`${pack.id}-two`]);
    await removePack(`${pack.id}-two`);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await activePackItem.getValue()).toBeNull();
  });
});
