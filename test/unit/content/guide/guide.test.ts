// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadPack, type Pack } from '../../../../packs/format/load';
import { CATALOGUE } from '../../../../packs/catalogue/catalogue';
import { startGuide, type GuideSnapshot } from '../../../../content/guide/guide';
import { activePackItem, installPack } from '../../../../state/packs';
import { previewItem } from '../../../../state/author';
import { driftByPack } from '../../../../state/drift';

/** The overlay tour, with a first step whose target this page does not have and no page to wait for. */
function packWithMissingTarget(): Pack {
  const result = loadPack(readFileSync('test/fixtures/packs/overlay-tour.yaml', 'utf8'), { knownPages: new Set(CATALOGUE.map((p) => p.id)) });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const step = result.pack.sections[0]!.steps[0]!;
  const { page: _page, ...rest } = step;
  result.pack.sections[0]!.steps[0] = { ...rest, target: [{ role: 'button', name: 'Not on this page' }] };
  return result.pack;
}

/** Run the guide until the first step shows its fallback ("missing"), as after 8 s for a student. */
async function runUntilMissing(): Promise<void> {
  const abort = new AbortController();
  let state: string | undefined;
  startGuide(document, (snapshot: GuideSnapshot | null) => void (state = snapshot?.view.state), abort.signal);
  await vi.waitFor(() => expect(state).toBe('waiting'));
  await vi.advanceTimersByTimeAsync(9000);
  await vi.waitFor(() => expect(state).toBe('missing'));
  // Let any storage write the look started finish.
  await vi.advanceTimersByTimeAsync(100);
  abort.abort();
}

const driftKeys = async () => Object.keys(await fakeBrowser.storage.local.get(null)).filter((k) => k.startsWith('drift.'));

describe('the guide and the drift report', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // The fake browser has no i18n: an English browser, as the learner's language for pack text.
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'requestAnimationFrame', 'cancelAnimationFrame'] });
  });
  afterEach(() => vi.useRealTimers());

  it("records a student's missing target", async () => {
    const pack = packWithMissingTarget();
    await installPack({ pack, origin: { kind: 'builtin' } });
    await activePackItem.setValue({ packId: pack.id, stepId: pack.sections[0]!.steps[0]!.id });
    await runUntilMissing();
    await vi.waitFor(async () => expect(await driftKeys()).toHaveLength(1));
    expect(driftByPack(await fakeBrowser.storage.local.get(null))[pack.id]![0]).toMatchObject({ stepId: pack.sections[0]!.steps[0]!.id, kind: 'target-not-found' });
  });

  it("records nothing for an author's draft preview", async () => {
    const pack = packWithMissingTarget();
    await previewItem.setValue({ pack, stepId: pack.sections[0]!.steps[0]!.id });
    await runUntilMissing();
    expect(await driftKeys()).toEqual([]);
  });
});
