import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Worker } from '@playwright/test';
import { loadPack, type Pack } from '../../packs/format/load';
import { formatProblem } from '../../packs/format/problems';
import type { StoredPack } from '../../state/packs';
import type { StepProgress } from '../../state/progress';

import { loadCatalogue } from '../../packs/catalogue/load';

// Read from disk: Playwright's loader does not run the Vite plugin that imports the YAML.
const catalogue = loadCatalogue(readFileSync(join(import.meta.dirname, '..', '..', 'packs', 'catalogue', 'pages.yaml'), 'utf8'));
if (!catalogue.ok) throw new Error('packs/catalogue/pages.yaml is invalid');
export const KNOWN_PAGES: ReadonlySet<string> = new Set(catalogue.pages.map((p) => p.id));

/** The text each pack was read from: stored with it, as an import does (the re-check after an update reads it). */
const sources = new WeakMap<Pack, string>();

export function readPack(path: string): Pack {
  const text = readFileSync(path, 'utf8');
  const result = loadPack(text, { knownPages: KNOWN_PAGES });
  if (!result.ok) throw new Error(result.problems.map((p) => formatProblem(path, p)).join('\n'));
  sources.set(result.pack, text);
  return result.pack;
}

/** The storage items that install a pack, as an import does, and make it the active one at a step (any browser). */
export function packStartItems(pack: Pack, stepId = pack.sections[0]!.steps[0]!.id): Record<string, unknown> {
  const stored: StoredPack = { pack, origin: { kind: 'imported', fileName: `${pack.id}.yaml`, installedAt: new Date().toISOString(), source: sources.get(pack) ?? '' } };
  // The `$` key is WXT storage's version record: this is the current (v2) form.
  return { [`pack.${pack.id}`]: stored, [`pack.${pack.id}$`]: { v: 2 }, activePack: { packId: pack.id, stepId } };
}

/** Put a pack into the extension's real storage and make it the active one, at a step. */
export async function startPack(worker: Worker, pack: Pack, stepId = pack.sections[0]!.steps[0]!.id): Promise<void> {
  const stored: StoredPack = { pack, origin: { kind: 'imported', fileName: `${pack.id}.yaml`, installedAt: new Date().toISOString(), source: sources.get(pack) ?? '' } };
  await worker.evaluate(
    async ([id, value, step]) => {
      // The `$` key is WXT storage's version record: this is the current (v2) form.
      await chrome.storage.local.set({ [`pack.${id}`]: value, [`pack.${id}$`]: { v: 2 }, activePack: { packId: id, stepId: step } });
    },
    [pack.id, stored, stepId] as const,
  );
}

/** The progress the extension recorded, step id → progress, read from extension storage. */
export async function readProgress(worker: Worker, packId: string): Promise<Record<string, StepProgress>> {
  const all = (await worker.evaluate(() => chrome.storage.local.get(null))) as Record<string, unknown>;
  const prefix = `progress.${packId}.`;
  return Object.fromEntries(
    Object.entries(all)
      .filter(([key]) => key.startsWith(prefix))
      .map(([key, value]) => [key.slice(prefix.length), value as StepProgress]),
  );
}

export async function activeStep(worker: Worker): Promise<string | null> {
  const { activePack } = (await worker.evaluate(() => chrome.storage.local.get('activePack'))) as { activePack?: { stepId: string } | null };
  return activePack?.stepId ?? null;
}
