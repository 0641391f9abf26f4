import { browser } from 'wxt/browser';
import type { LoadedStep } from '../packs/format/load';
import { CATALOGUE } from '../content/console/catalogue';
import { consoleHostPatterns } from '../content/console/hosts';
import { pageUrl } from '../content/console/page-url';

const IAM_DASHBOARD = 'https://console.aws.amazon.com/iam/home#/home';

/** Where a step happens, as a URL to open (its page, or the IAM dashboard for manual steps). */
export function stepUrl(step: LoadedStep, pages = CATALOGUE): string {
  const page = pages.find((p) => p.id === step.page);
  return page ? pageUrl(page, new URL(IAM_DASHBOARD), step.region, pages) : IAM_DASHBOARD;
}

/**
 * Bring the student to the console: the most recent console tab if there is one (its overlay
 * shows the current step, with "Go there" when it happens elsewhere), else a new tab at the step.
 */
export async function resumeInConsole(step: LoadedStep | undefined): Promise<void> {
  const tabs = await browser.tabs.query({ url: [...consoleHostPatterns] });
  const recent = tabs.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
  if (recent?.id !== undefined) {
    await browser.tabs.update(recent.id, { active: true });
    if (recent.windowId !== undefined) await browser.windows.update(recent.windowId, { focused: true });
  } else {
    await browser.tabs.create({ url: step ? stepUrl(step) : IAM_DASHBOARD });
  }
}

/** "Go" on a checklist step: open its page in a new console tab. */
export async function openStep(step: LoadedStep): Promise<void> {
  await browser.tabs.create({ url: stepUrl(step) });
}
