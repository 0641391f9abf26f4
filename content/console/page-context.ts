import type { Locator, PageDefinition } from '../../packs/format/schema';
import { isConsoleOrSigninHost } from '../../packs/catalogue/hosts';
import { matchPages } from './match-page';
import { findAll } from './locate';
import { openModal } from './modal';
import { matchesName, normaliseName, withoutCounter } from './names';

export type Identity = 'root' | 'iam-user';

/** What the console tab shows right now, read from the URL and the DOM (nothing is stored). */
export interface PageContext {
  url: URL;
  /** Catalogue pages whose URL and DOM signature both match, most specific first. */
  pageIds: string[];
  /** Pages whose URL matches, whatever the DOM shows yet (it may still be rendering). */
  urlPageIds: string[];
  wizardStep: string | null;
  /** The current wizard step's number (1 = first): the same in every language. */
  wizardStepNumber: number | null;
  activeTab: string | null;
  /** The open console dialog, found once per look (locating and completion reuse it). */
  modal: Element | null;
  identity: Identity | null;
  region: string | null;
}

export { openModal };

/**
 * The wizard's current step in its step navigation: the title as shown ("Step 2 Set permissions")
 * and its number. Found by structure (Cloudscape's wizard), as the navigation's label is translated.
 */
function currentWizardStep(doc: Document): { title: string; number: number | null } | null {
  const step = doc.querySelector('[class*="awsui_wizard_"] nav [aria-current="step"], nav[aria-label="Steps"] [aria-current="step"]');
  if (!step) return null;
  const item = step.closest('li');
  const items = item?.parentElement ? [...item.parentElement.children].filter((el) => el.tagName === 'LI') : [];
  const index = item ? items.indexOf(item) : -1;
  return { title: (step.textContent ?? '').trim(), number: index >= 0 ? index + 1 : null };
}

function activeTab(doc: Document): string | null {
  const tab = doc.querySelector('[role="tab"][aria-selected="true"]');
  return tab ? (tab.textContent ?? '').trim() : null;
}

function mainHeading(doc: Document): string | null {
  const h1 = doc.querySelector('h1');
  return h1 ? withoutCounter(h1.textContent ?? '') : null;
}

/** Root or IAM user, from the console's own session data; read when needed, never stored. */
export function readIdentity(doc: Document): Identity | null {
  const content = doc.querySelector('meta[name="awsc-session-data"]')?.getAttribute('content');
  if (!content) return null;
  try {
    const arn = (JSON.parse(content) as { sessionARN?: unknown }).sessionARN;
    if (typeof arn !== 'string') return null;
    if (arn.endsWith(':root')) return 'root';
    return arn.includes(':user/') || arn.includes(':assumed-role/') ? 'iam-user' : null;
  } catch {
    return null;
  }
}

const REGION = /^[a-z]{2}(-gov)?-[a-z]+-\d$/;

/**
 * The console's region: the host's region label (`eu-west-1.console.…`, and in a multi-session
 * tab `<account>-<id>.eu-west-1.console.…`), else the `region` parameter. None off the console
 * and sign-in hosts (the public site's console page has no region).
 */
export function readRegion(url: URL): string | null {
  const host = url.hostname.toLowerCase();
  if (!isConsoleOrSigninHost(host)) return null;
  const labels = host.split('.');
  const kind = labels.findIndex((label) => label === 'console' || label === 'signin');
  const label = kind > 0 ? labels[kind - 1]! : '';
  if (REGION.test(label)) return label;
  const parameter = url.searchParams.get('region');
  return parameter !== null && REGION.test(parameter) ? parameter : null;
}

/** Whether the page shows an element a locator finds (ids, test ids, structure): what `has` and `lacks` ask. */
export type Shows = (locator: Locator) => boolean;

/** `Shows` on a document: a shown element the locator finds, as a target is found. */
export const showsIn =
  (doc: Document): Shows =>
  (locator) =>
    findAll(doc, locator).length > 0;

/**
 * Whether a page's DOM signature holds: the h1, the current wizard step, the selected tab, an
 * element only this page shows (`has`) and one it never shows (`lacks`). Every part given must
 * hold; without a way to look (`shows`), a signature with `has` does not hold.
 */
export function signatureHolds(page: PageDefinition, context: Pick<PageContext, 'wizardStep' | 'wizardStepNumber' | 'activeTab'>, heading: string | null, shows?: Shows): boolean {
  const signature = page.signature;
  if (!signature) return true;
  if (signature.has && !shows?.(signature.has)) return false;
  if (signature.lacks && shows?.(signature.lacks)) return false;
  if (signature.heading && !(heading !== null && matchesName(heading, signature.heading))) return false;
  if (signature.wizardStep) {
    // Cloudscape renders "Step 2" before the title inside the current step's link.
    const current = context.wizardStep === null ? '' : normaliseName(context.wizardStep);
    const names = Array.isArray(signature.wizardStep) ? signature.wizardStep : [signature.wizardStep];
    if (!names.some((name) => current.endsWith(normaliseName(name)))) return false;
  }
  if (signature.wizardStepNumber !== undefined && context.wizardStepNumber !== signature.wizardStepNumber) return false;
  if (signature.tab && !(context.activeTab !== null && matchesName(context.activeTab, signature.tab))) return false;
  return true;
}

// The step runner reads the page on every DOM change; the URL changes far less often.
let lastUrlMatch: { href: string; pages: readonly PageDefinition[]; result: PageDefinition[] } | null = null;

function matchPagesCached(url: URL, pages: readonly PageDefinition[]): PageDefinition[] {
  if (lastUrlMatch?.href !== url.href || lastUrlMatch.pages !== pages) lastUrlMatch = { href: url.href, pages, result: matchPages(url, pages) };
  return lastUrlMatch.result;
}

export function readPageContext(doc: Document, url: URL, pages: readonly PageDefinition[]): PageContext {
  const wizard = currentWizardStep(doc);
  const wizardStep = wizard?.title ?? null;
  const wizardStepNumber = wizard?.number ?? null;
  const tab = activeTab(doc);
  const heading = mainHeading(doc);
  const byUrl = matchPagesCached(url, pages);
  // Off the console and sign-in hosts (the public site's console page) nobody is signed in as far as the coach knows.
  const onAws = isConsoleOrSigninHost(url.hostname);
  const shows = showsIn(doc);
  const pageIds = byUrl.filter((page) => signatureHolds(page, { wizardStep, wizardStepNumber, activeTab: tab }, heading, shows)).map((page) => page.id);
  return { url, pageIds, urlPageIds: byUrl.map((page) => page.id), wizardStep, wizardStepNumber, activeTab: tab, modal: openModal(doc), identity: onAws ? readIdentity(doc) : null, region: readRegion(url) };
}
