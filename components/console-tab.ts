import { browser } from 'wxt/browser';
import type { LoadedStep, Pack } from '../packs/format/load';
import type { PageDefinition } from '../packs/format/schema';
import { catalogueWith } from '../packs/catalogue/catalogue';
import { consoleHostPatterns } from '../packs/catalogue/hosts';
import { pageUrl } from '../packs/catalogue/page-url';

const IAM_DASHBOARD = 'https://console.aws.amazon.com/iam/home#/home';

/** The pages a pack's steps may name: the catalogue and the pack's own, as the overlay sees them. */
const pagesOf = (pack: Pick<Pack, 'pages'> | undefined): readonly PageDefinition[] => catalogueWith(pack?.pages);

/**
 * Where a step happens, as a URL to open (its page, or the IAM dashboard for manual steps); null
 * when the page's address is refused by the navigation guard (`pageUrl`).
 */
export function stepUrl(step: LoadedStep, pages: readonly PageDefinition[]): string | null {
  const page = pages.find((p) => p.id === step.page);
  if (!page) return IAM_DASHBOARD;
  return pageUrl(page, new URL(IAM_DASHBOARD), step.region, pages)?.href ?? null;
}

/**
 * Bring the student to the console: the most recent console tab if there is one (its overlay
 * shows the current step, with "Go there" when it happens elsewhere), else a new tab at the step.
 */
export async function resumeInConsole(step: LoadedStep | undefined, pack: Pick<Pack, 'pages'> | undefined): Promise<void> {
  const tabs = await browser.tabs.query({ url: [...consoleHostPatterns] });
  const recent = tabs.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
  if (recent?.id !== undefined) {
    await browser.tabs.update(recent.id, { active: true });
    if (recent.windowId !== undefined) await browser.windows.update(recent.windowId, { focused: true });
  } else {
    // A refused address opens the dashboard; the overlay there says where the step is.
    await browser.tabs.create({ url: (step && stepUrl(step, pagesOf(pack))) ?? IAM_DASHBOARD });
  }
}

/** "Go" on a checklist step: open its page in a new console tab. False when its address was refused. */
export async function openStep(step: LoadedStep, pack: Pick<Pack, 'pages'>): Promise<boolean> {
  const url = stepUrl(step, pagesOf(pack));
  if (url === null) return false;
  await browser.tabs.create({ url });
  return true;
}
