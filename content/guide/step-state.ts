import type { LoadedStep } from '../../packs/format/load';
import type { PageContext } from '../console/page-context';
import { t, type MessageKey } from '../../i18n/messages';

export type CalloutState = 'waiting' | 'anchored' | 'missing' | 'elsewhere' | 'blocked';

export interface StepView {
  state: CalloutState;
  /** Offer "I did this": the coach has not seen a step it could verify happen (self-reported, then on). */
  selfReport?: boolean;
  /** Why the student cannot do the step here (blocked), in words. */
  blockedReason?: string;
  /** The target is on the page but behind an open console dialog. */
  behindModal?: boolean;
}

export interface TargetSighting {
  found: boolean;
  /** Found, but outside the console dialog that is open over it. */
  behindModal?: boolean;
}

/** How long to look for a target before docking the callout with a fallback. */
export const MISSING_AFTER_MS = 8000;

/**
 * How long, from the step's start, a step the coach could verify may run unseen before its callout
 * offers "I did this" (at once when the target is missing): the console may have changed, or the
 * learner acted in a way the coach cannot see. Never a dead end.
 */
export const SELF_REPORT_AFTER_MS = 15_000;

/** The Regions the packs use, by the names the console gives them in the learner's language. */
const REGION_NAMES: Record<string, MessageKey> = { 'us-east-1': 'regionUsEast1', 'us-east-2': 'regionUsEast2', 'us-west-2': 'regionUsWest2', 'eu-west-1': 'regionEuWest1' };
const regionName = (region: string) => {
  const key = REGION_NAMES[region];
  return key ? t(key) : region;
};

/**
 * The callout's state for a step, from what the tab shows: a pure function, so the whole state
 * machine is testable without a browser.
 */
export function viewStep(step: LoadedStep, page: PageContext, target: TargetSighting, waitedMs: number): StepView {
  if (step.identity && page.identity && step.identity !== page.identity) {
    return {
      state: 'blocked',
      blockedReason: t(step.identity === 'root' ? 'calloutNeedsRoot' : 'calloutNeedsIamUser'),
    };
  }
  if (step.region && page.region && step.region !== page.region && page.url.pathname.startsWith('/cloudwatch')) {
    return { state: 'blocked', blockedReason: t('calloutSwitchRegion', regionName(step.region), step.region) };
  }
  if (step.page && !page.pageIds.includes(step.page)) {
    // Same URL but the page is still rendering (or another wizard step is showing): keep looking.
    if (!page.urlPageIds.includes(step.page)) return { state: 'elsewhere' };
    return { state: waitedMs >= MISSING_AFTER_MS ? 'missing' : 'waiting' };
  }
  if (!step.target) return { state: 'anchored' };
  // Pointing through a console dialog would cover it: wait for the student to finish or close it.
  if (target.found && target.behindModal) return { state: 'waiting', behindModal: true };
  if (target.found) return { state: 'anchored' };
  return { state: waitedMs >= MISSING_AFTER_MS ? 'missing' : 'waiting' };
}
