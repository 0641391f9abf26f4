import { fileURLToPath } from 'node:url';
import type { Page, Worker } from '@playwright/test';
import { launchPracticeBrowser, type PracticeBrowser } from '../test/support/launch';
import type { Pack } from '../packs/format/load';
import type { StoredPack } from '../state/packs';
import { progressKey, type StepProgress } from '../state/progress';

const PAGE_HELPERS = fileURLToPath(new URL('./page-helpers.js', import.meta.url));

/** The benchmark's in-page helpers (`window.ccBench`), once per loaded page. */
export async function addPageHelpers(page: Page): Promise<void> {
  if (!(await page.evaluate('typeof ccBench === "object"'))) await page.addScriptTag({ path: PAGE_HELPERS });
}

export const IAM_DASHBOARD = 'https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/home';

export interface BenchSession {
  practice: PracticeBrowser;
  page: Page;
  /** The extension's service worker (absent without the extension). */
  worker: Worker | null;
  extensionId: string | null;
}

/** Chromium with (or without) the built extension, on the practice console's IAM dashboard. */
export async function openSession(withExtension: boolean): Promise<BenchSession> {
  const practice = await launchPracticeBrowser({ headless: true, withExtension });
  const worker = withExtension ? (practice.context.serviceWorkers()[0] ?? (await practice.context.waitForEvent('serviceworker'))) : null;
  const page = practice.context.pages()[0] ?? (await practice.context.newPage());
  await page.goto(IAM_DASHBOARD);
  await page.getByRole('heading', { level: 1, name: 'IAM Dashboard' }).waitFor();
  return { practice, page, worker, extensionId: worker ? new URL(worker.url()).host : null };
}

/**
 * Load the IAM dashboard afresh. Going to the same URL with another #hash would only change the
 * route inside the loaded page (scripts and listeners of earlier trials would stay).
 */
export async function freshDashboard(page: Page): Promise<void> {
  await page.goto('about:blank');
  await page.goto(IAM_DASHBOARD);
  await page.getByRole('heading', { level: 1, name: 'IAM Dashboard' }).waitFor();
}

export async function closeSession(session: BenchSession): Promise<void> {
  await session.practice.context.close();
}

/** Put packs into the extension's storage (as an import would). */
export async function installPacks(worker: Worker, packs: Pack[]): Promise<void> {
  const items: Record<string, unknown> = {};
  for (const pack of packs) {
    const stored: StoredPack = { pack, origin: { kind: 'imported', fileName: `${pack.id}.yaml`, installedAt: new Date().toISOString(), source: '' } };
    items[`pack.${pack.id}`] = stored;
    items[`pack.${pack.id}$`] = { v: 2 };
  }
  await worker.evaluate((values) => chrome.storage.local.set(values), items);
}

/** Put step progress into storage, one key per pack and step (as state/progress.ts records it). */
export async function installProgress(worker: Worker, progress: Record<string, Record<string, StepProgress>>): Promise<void> {
  const items: Record<string, StepProgress> = {};
  for (const [packId, steps] of Object.entries(progress)) for (const [stepId, entry] of Object.entries(steps)) items[progressKey(packId, stepId)] = entry;
  await worker.evaluate((values) => chrome.storage.local.set(values), items);
}

/** Make a step the running one, or stop the tutorial (`null`). */
export async function setActiveStep(worker: Worker, packId: string | null, stepId?: string): Promise<void> {
  await worker.evaluate((value) => chrome.storage.local.set({ activePack: value }), packId ? { packId, stepId: stepId! } : null);
}
