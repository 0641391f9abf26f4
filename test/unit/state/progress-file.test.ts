import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readPackProgress, recordStep } from '../../../state/progress';


describe('the progress file', () => {
  beforeEach(() => fakeBrowser.reset());

  it('exports ids, times and verified flags, and imports them back after a reset', async () => {
    const { exportProgress, importProgress } = await import('../../../state/progress-file');
    await recordStep('pack-a', 'one', 'done', true);
    await recordStep('pack-a', 'two', 'skipped', false);
    await recordStep('pack-b', 'one', 'done', false);
    await recordStep('pack-b', 'two', 'done', true, true);
    const file = await exportProgress();
    expect(Object.keys(file.packs).sort()).toEqual(['pack-a', 'pack-b']);
    expect(JSON.stringify(file)).not.toMatch(/title|body|value/);
    await fakeBrowser.reset();
    expect(await importProgress(JSON.stringify(file))).toEqual({ ok: true, packs: 2, steps: 4 });
    expect((await readPackProgress('pack-a')).progress.two).toMatchObject({ status: 'skipped', verified: false });
    expect((await readPackProgress('pack-a')).progress.two?.already).toBeUndefined();
    // A step the console showed done already keeps saying so.
    expect((await readPackProgress('pack-b')).progress.two).toMatchObject({ status: 'done', verified: true, already: true });
  });

  it('refuses a file that is not a progress file and changes nothing', async () => {
    const { importProgress } = await import('../../../state/progress-file');
    await recordStep('pack-a', 'one', 'done', true);
    const before = await fakeBrowser.storage.local.get(null);
    for (const text of ['not json', '{"format":"other"}', JSON.stringify({ format: 'console-coach-progress', version: 1, exportedAt: new Date().toISOString(), packs: { 'pack-a': { one: { status: 'done', at: 'yesterday', verified: true } } } })]) {
      const result = await importProgress(text);
      expect(result.ok).toBe(false);
    }
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });
});

describe('imported files', () => {
  beforeEach(() => fakeBrowser.reset());

  /** A picked file of `size` bytes whose text must never be read. */
  const hugeFile = (name: string, size: number) => ({ name, size, text: () => Promise.reject(new Error('read a file over the limit')) });

  it('refuses a progress file over 1 MB by its size, before reading it, naming the file, its size and the limit', async () => {
    const { importProgressFile, MAX_PROGRESS_FILE_BYTES } = await import('../../../state/progress-file');
    expect(MAX_PROGRESS_FILE_BYTES).toBe(1024 * 1024);
    const result = await importProgressFile(hugeFile('progress.json', 1.5 * 1024 * 1024));
    expect(result).toEqual({ ok: false, message: 'progress.json is 1.5 MB; progress files may be at most 1 MB. Nothing was changed.' });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('says the bytes when the file is only just over the limit', async () => {
    const { importProgressFile } = await import('../../../state/progress-file');
    const result = await importProgressFile(hugeFile('p.json', 1024 * 1024 + 1));
    expect(result).toEqual({ ok: false, message: 'p.json is 1048577 bytes; progress files may be at most 1 MB (1048576 bytes). Nothing was changed.' });
  });

  it('reads a progress file under the limit', async () => {
    const { importProgressFile } = await import('../../../state/progress-file');
    const text = JSON.stringify({ format: 'console-coach-progress', version: 1, exportedAt: new Date().toISOString(), packs: { 'pack-a': { one: { status: 'done', at: new Date().toISOString(), verified: true } } } });
    expect(await importProgressFile({ name: 'p.json', size: text.length, text: async () => text })).toEqual({ ok: true, packs: 1, steps: 1 });
  });

  it('refuses a pack file over 512 KB by its size, before reading it', async () => {
    const { readPackFile } = await import('../../../components/library/read-pack-file');
    expect(await readPackFile(hugeFile('big.yaml', 600 * 1024))).toEqual({ ok: false, problem: 'big.yaml:1:1 big.yaml is 600 KB; pack files may be at most 512 KB. Fix: Split the tutorial into several packs.' });
  });
});
