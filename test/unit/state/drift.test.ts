import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearDrift, driftByPack, driftReportFile, entryBytes, MAX_DRIFT_ENTRIES, MAX_DRIFT_ENTRIES_PER_PACK, MAX_DRIFT_ENTRY_BYTES, recordDrift, type DriftSighting } from '../../../state/drift';

const sighting = (over: Partial<DriftSighting> = {}): DriftSighting => ({
  packId: 'pack-a',
  packVersion: '1.0.0',
  stepId: 'open-users',
  kind: 'target-not-found',
  locators: [{ role: 'link', name: 'Users' }],
  expectedPage: 'iam.dashboard',
  detectedPages: ['iam.dashboard'],
  where: 'console:/iam/home#/home',
  ...over,
});

describe('the drift report', () => {
  beforeEach(() => fakeBrowser.reset());

  it('counts sightings of the same place and keeps places apart', async () => {
    await recordDrift(sighting(), new Date('2026-11-23T10:00:00Z'));
    await recordDrift(sighting(), new Date('2026-11-23T11:00:00Z'));
    await recordDrift(sighting({ stepId: 'start-create-user' }));
    await recordDrift(sighting({ packId: 'pack-b' }));
    const byPack = driftByPack(await fakeBrowser.storage.local.get(null));
    expect(byPack['pack-a']!.map((e) => [e.stepId, e.count])).toEqual([
      ['open-users', 2],
      ['start-create-user', 1],
    ]);
    expect(byPack['pack-a']![0]).toMatchObject({ firstSeen: '2026-11-23T10:00:00.000Z', lastSeen: '2026-11-23T11:00:00.000Z' });
    expect(byPack['pack-b']).toHaveLength(1);
    await clearDrift('pack-a');
    expect(Object.keys(driftByPack(await fakeBrowser.storage.local.get(null)))).toEqual(['pack-b']);
  });

  it(`keeps at most ${MAX_DRIFT_ENTRIES_PER_PACK} places per pack, still counting the known ones`, async () => {
    for (let i = 0; i < MAX_DRIFT_ENTRIES_PER_PACK + 5; i++) await recordDrift(sighting({ stepId: `step-${i}` }));
    await recordDrift(sighting({ stepId: 'step-0' }));
    const entries = driftByPack(await fakeBrowser.storage.local.get(null))['pack-a']!;
    expect(entries).toHaveLength(MAX_DRIFT_ENTRIES_PER_PACK);
    expect(entries.find((e) => e.stepId === 'step-0')?.count).toBe(2);
  });

  it(`keeps at most ${MAX_DRIFT_ENTRIES} places across all packs`, async () => {
    for (const packId of ['pack-a', 'pack-b', 'pack-c']) {
      for (let i = 0; i < MAX_DRIFT_ENTRIES_PER_PACK; i++) await recordDrift(sighting({ packId, stepId: `step-${i}` }));
    }
    const byPack = driftByPack(await fakeBrowser.storage.local.get(null));
    expect(Object.values(byPack).reduce((n, entries) => n + entries.length, 0)).toBe(MAX_DRIFT_ENTRIES);
    expect(byPack['pack-c']).toHaveLength(MAX_DRIFT_ENTRIES - 2 * MAX_DRIFT_ENTRIES_PER_PACK);
  });

  it(`stores an entry in at most ${MAX_DRIFT_ENTRY_BYTES} bytes, however big the pack's target`, async () => {
    // The largest target a pack may have: 8 locators, each with 12 names of 400 characters (non-ASCII: 3 bytes each).
    const names = Array.from({ length: 12 }, (_, i) => `${i}${'名'.repeat(399)}`);
    const locators = Array.from({ length: 8 }, () => ({ role: 'button' as const, name: names, within: { heading: names } }));
    await recordDrift(sighting({ locators, detectedPages: Array.from({ length: 40 }, (_, i) => `iam.page-${i}`), where: `console:/${'*/'.repeat(400)}` }));
    const [entry] = driftByPack(await fakeBrowser.storage.local.get(null))['pack-a']!;
    expect(entryBytes(entry)).toBeLessThanOrEqual(MAX_DRIFT_ENTRY_BYTES);
    // Still enough to recognise the target.
    expect(entry!.locators![0]).toMatchObject({ role: 'button', name: expect.arrayContaining([expect.stringMatching(/^0名+…$/)]) });
    // A small entry is kept whole.
    await recordDrift(sighting({ stepId: 'small' }));
    expect(driftByPack(await fakeBrowser.storage.local.get(null))['pack-a']!.find((e) => e.stepId === 'small')).toMatchObject(sighting({ stepId: 'small' }));
  });

  it('exports the entries in a versioned file and nothing else', async () => {
    await recordDrift(sighting());
    const file = driftReportFile(driftByPack(await fakeBrowser.storage.local.get(null))['pack-a']!, new Date('2026-11-23T12:00:00Z'));
    expect(Object.keys(file)).toEqual(['format', 'version', 'exportedAt', 'entries']);
    expect(Object.keys(file.entries[0]!).sort()).toEqual(['count', 'detectedPages', 'expectedPage', 'firstSeen', 'kind', 'lastSeen', 'locators', 'packId', 'packVersion', 'stepId', 'where']);
  });
});
