import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Worker } from '@playwright/test';
import type { PracticeBackend } from '../practice-console/server/practice-server';
import type { PracticeState } from '../practice-console/src/state/model';
import { ROOT_DIR } from './launch';

/**
 * A point in a tutorial to start a test from: the practice account as the console left it and
 * the extension's storage (packs, progress, the active step). A test for a console variant or a
 * language restores the checkpoint another test reached instead of replaying the steps before it.
 */
export interface Checkpoint {
  practice: PracticeState;
  storage: Record<string, unknown>;
}

const CHECKPOINT_DIR = join(ROOT_DIR, 'test-results', 'checkpoints');
const pathOf = (name: string) => join(CHECKPOINT_DIR, `${name.replace(/[^a-z0-9.-]/gi, '_')}.json`);

export async function takeCheckpoint(backend: PracticeBackend, worker: Worker): Promise<Checkpoint> {
  const storage = (await worker.evaluate(() => chrome.storage.local.get(null))) as Record<string, unknown>;
  // A deep copy: the backend's state keeps changing as the test goes on.
  return JSON.parse(JSON.stringify({ practice: backend.state, storage })) as Checkpoint;
}

/** Put the account and the extension's storage back as they were (what the extension keeps by itself, e.g. built-in packs, stays). */
export async function restoreCheckpoint(checkpoint: Checkpoint, backend: PracticeBackend, worker: Worker): Promise<void> {
  backend.seed(checkpoint.practice);
  await worker.evaluate(async (storage) => {
    await chrome.storage.local.clear();
    await chrome.storage.local.set(storage);
  }, checkpoint.storage);
}

export function saveCheckpoint(name: string, checkpoint: Checkpoint): void {
  mkdirSync(CHECKPOINT_DIR, { recursive: true });
  writeFileSync(pathOf(name), JSON.stringify(checkpoint));
}

/** A checkpoint an earlier test saved in this run, or null (then the caller plays up to it itself). */
export function loadCheckpoint(name: string): Checkpoint | null {
  return existsSync(pathOf(name)) ? (JSON.parse(readFileSync(pathOf(name), 'utf8')) as Checkpoint) : null;
}
