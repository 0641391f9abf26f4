import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadPack } from '../../../packs/format/load';
import { CATALOGUE } from '../../../packs/catalogue/catalogue';
import { activePackItem, packItem } from '../../../state/packs';
import { applyLibraryChanges, readLibrary } from '../../../state/library';
import { recordStep, readPackProgress } from '../../../state/progress';
import { recheckImportedPacks, recheckOncePerVersion } from '../../../state/recheck';

const KNOWN = new Set(CATALOGUE.map((p) => p.id));
const source = readFileSync('test/fixtures/packs/valid-minimal.yaml', 'utf8');
const loaded = () => {
  const result = loadPack(source, { knownPages: KNOWN });
  if (!result.ok) throw new Error('fixture');
  return result.pack;
};
const imported = (text: string) => ({ kind: 'imported' as const, fileName: 'alias.yaml', installedAt: '2026-11-01T00:00:00.000Z', source: text });

describe('after an update, imported packs are held to the checks of this version', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a pack that still loads stays, in its newly loaded form', async () => {
    const pack = loadPack(source, { knownPages: KNOWN });
    if (!pack.ok) throw new Error('fixture');
    await packItem(pack.pack.id).setValue({ pack: { ...pack.pack, title: 'stale form' }, origin: imported(source) });
    expect(await recheckImportedPacks(KNOWN)).toEqual([]);
    expect((await packItem(pack.pack.id).getValue())?.pack.title).toBe(pack.pack.title);
  });

  it('a pack an older version let in (a page address that names another host) is taken out, its progress kept, and the library says why once', async () => {
    // What an older version stored: the loaded form is fine-looking, the source has a hostile address.
    const hostile = source.replace('sections:', 'pages:\n  - id: evil\n    title: Evil\n    urls: [{ host: console, path: ["@attacker.example/oauth"] }]\nsections:');
    const pack = loaded();
    await packItem(pack.id).setValue({ pack, origin: imported(hostile) });
    await activePackItem.setValue({ packId: pack.id, stepId: 'open-dashboard' });
    await recordStep(pack.id, 'open-dashboard', 'done', true);
    expect(await recheckImportedPacks(KNOWN)).toEqual([pack.id]);
    expect(await packItem(pack.id).getValue()).toBeNull();
    expect(await activePackItem.getValue()).toBeNull();
    expect(Object.keys((await readPackProgress(pack.id)).progress)).toEqual(['open-dashboard']);
    const first = await readLibrary();
    expect(first.notices).toEqual([expect.stringMatching(/^The pack "Create an account alias" no longer passes .*alias\.yaml:\d+:\d+ /)]);
    // The notice's own removal (the storage change that follows the read) keeps it on screen.
    expect(applyLibraryChanges(first, { [`notice.recheck.${pack.id}`]: {} })?.notices).toEqual(first.notices);
    expect((await readLibrary()).notices).toEqual([]);
  });

  it('built-in packs are left to the built-in seeding', async () => {
    const pack = loaded();
    await packItem(pack.id).setValue({ pack, origin: { kind: 'builtin' } });
    expect(await recheckImportedPacks(KNOWN)).toEqual([]);
    expect(await packItem(pack.id).getValue()).not.toBeNull();
  });
});

describe('the re-check runs once per extension version', () => {
  beforeEach(() => fakeBrowser.reset());

  it('runs when the version that last checked differs, and not again for the same version', async () => {
    const hostile = source.replace('sections:', 'pages:\n  - id: evil\n    title: Evil\n    urls: [{ host: console, path: ["//evil.example"] }]\nsections:');
    const pack = loaded();
    await packItem(pack.id).setValue({ pack, origin: imported(source) });
    await recheckOncePerVersion(KNOWN, '1.0.0');
    expect(await packItem(pack.id).getValue()).not.toBeNull();
    // The same version does not check again, even if the stored source changed meanwhile.
    await packItem(pack.id).setValue({ pack, origin: imported(hostile) });
    await recheckOncePerVersion(KNOWN, '1.0.0');
    expect(await packItem(pack.id).getValue()).not.toBeNull();
    await recheckOncePerVersion(KNOWN, '1.1.0');
    expect(await packItem(pack.id).getValue()).toBeNull();
  });
});
