import type { ComponentChild } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { GuideActions, GuideSnapshot } from '../content/guide/guide';
import { placeCallout } from './placement';
import { userClick } from './user-action';
import { StepBody, SafeLink } from './StepBody';
import { plural, t, tParts } from '../i18n/messages';

interface CalloutProps {
  snapshot: GuideSnapshot;
  actions: GuideActions;
  onMinimise: () => void;
}

/** What confirms a step by hand: Done for a manual step, "I did this" for one the coach could have seen. */
const confirmName = (s: GuideSnapshot) => t(s.step.verifiable ? 'buttonIDidThis' : 'buttonDone');

const STATE_LINES: Record<string, (s: GuideSnapshot) => string | null> = {
  waiting: (s) => (s.view.behindModal ? t('calloutBehindModal') : t('calloutLookingFor', s.targetDescription)),
  missing: (s) => (s.step.target ? t('calloutMissingTarget', s.targetDescription, confirmName(s)) : t('calloutMissingPage', confirmName(s))),
  elsewhere: (s) =>
    s.goThereRefused ? t('calloutGoThereRefused', s.pageTitle ?? t('calloutThePage'), confirmName(s)) : t('calloutElsewhere', s.pageTitle ?? t('calloutAnotherPage')),
  blocked: (s) => s.view.blockedReason ?? null,
  anchored: () => null,
};

/** How long the callout says that steps were skipped as already done. */
const SKIPPED_NOTE_MS = 10_000;

/** The step's callout: next to its target while anchored, docked in a corner otherwise. */
export function Callout({ snapshot, actions, onMinimise }: CalloutProps) {
  const { step, index, total, view, target, recorded } = snapshot;
  const callout = useRef<HTMLElement>(null);
  const arrow = useRef<HTMLDivElement>(null);
  const spotlight = useRef<HTMLDivElement>(null);
  const done = useRef<HTMLButtonElement>(null);
  const docked = !target;
  const titleId = `cc-title-${step.id}`;
  const last = index === total - 1;
  const complete = recorded && last;

  useLayoutEffect(() => {
    if (!target || !callout.current || !spotlight.current || !arrow.current) return;
    return placeCallout(target, callout.current, arrow.current, spotlight.current);
  }, [target]);

  const refused = view.state === 'elsewhere' && snapshot.goThereRefused;
  // Never a dead end: a manual step has Done; one the coach has not seen happen gets "I did this".
  const canConfirm = !recorded && (!step.verifiable || view.selfReport || refused);
  const stateLine = STATE_LINES[view.state]?.(snapshot);

  // Steps the console showed done already were skipped on the way here: say so for a while.
  const [skipped, setSkipped] = useState(0);
  useEffect(() => {
    setSkipped(snapshot.skipped);
    const timer = setTimeout(() => setSkipped(0), SKIPPED_NOTE_MS);
    return () => clearTimeout(timer);
  }, [step.id, snapshot.skipped]);
  // One polite live region, always there so that what it comes to say is announced; it never takes focus.
  const note = skipped
    ? plural(skipped, 'calloutSkippedOne', 'calloutSkippedOther')
    : view.selfReport && view.state !== 'missing' && !refused && !recorded
      ? t('calloutSelfReportHint', t('buttonIDidThis'))
      : '';

  // "Go there" was just pressed and is gone: keep the keyboard user in the callout, on Done.
  useEffect(() => {
    if (refused) done.current?.focus();
  }, [refused]);

  return (
    <>
      {target && <div ref={spotlight} class="cc-spotlight" data-cc="spotlight" aria-hidden="true" />}
      <section
        ref={callout}
        class={`cc-callout${docked ? ' cc-docked' : ''}`}
        role="dialog"
        aria-labelledby={titleId}
        data-cc="callout"
        data-step-id={step.id}
        data-state={view.state}
        data-matches={target ? snapshot.matches : undefined}
      >
        {!docked && <div ref={arrow} class="cc-arrow" aria-hidden="true" />}
        <header class="cc-callout-header">
          <span class="cc-progress">
            {snapshot.preview && <span class="cc-preview-badge">{t('calloutPreviewBadge')}</span>}
            {t('calloutStepOf', index + 1, total)}
          </span>
          <button type="button" class="cc-icon-button" aria-label={t('calloutMinimise')} title={t('calloutMinimise')} onClick={userClick(onMinimise)}>
            –
          </button>
        </header>
        <h2 id={titleId} class="cc-title">
          {step.title}
        </h2>
        {snapshot.consoleName && (
          <p class="cc-console-name" data-cc="console-name">
            {tParts<ComponentChild>('calloutConsoleName', <strong lang={snapshot.consoleName.language}>{snapshot.consoleName.shown}</strong>, snapshot.consoleName.english)}
          </p>
        )}
        <p class="cc-note" role="status" data-cc="note">
          {note}
        </p>
        {stateLine && (
          <p class={`cc-state cc-state-${view.state}`} role={refused ? 'alert' : undefined} data-cc={refused ? 'go-there-refused' : undefined}>
            {stateLine}
          </p>
        )}
        {complete && <p class="cc-state cc-state-complete">{t('calloutComplete')}</p>}
        <StepBody tree={step.content} />
        {step.warnings?.map((warning) => (
          <p key={warning} class="cc-warning" role="note">
            <strong>{t('calloutCaution')}</strong> {warning}
          </p>
        ))}
        {step.links && step.links.length > 0 && (
          <ul class="cc-links">
            {step.links.map((link) => (
              <li key={link.url}>
                <SafeLink href={link.url}>{link.title}</SafeLink>
              </li>
            ))}
          </ul>
        )}
        <footer class="cc-buttons">
          {index > 0 && (
            <button type="button" class="cc-button" onClick={userClick(actions.back)}>
              {t('buttonBack')}
            </button>
          )}
          {step.optional && !recorded && (
            <button type="button" class="cc-button" onClick={userClick(actions.skip)}>
              {t('buttonSkip')}
            </button>
          )}
          {view.state === 'elsewhere' && step.page && !refused && (
            <button type="button" class="cc-button cc-primary" onClick={userClick(actions.goThere)}>
              {t('buttonGoThere')}
            </button>
          )}
          {canConfirm && (
            <button ref={done} type="button" class="cc-button cc-primary" onClick={userClick(actions.confirmDone)}>
              {confirmName(snapshot)}
            </button>
          )}
          {recorded && !last && (
            <button type="button" class="cc-button cc-primary" onClick={userClick(actions.next)}>
              {t('buttonNext')}
            </button>
          )}
          {complete && !snapshot.preview && (
            <button type="button" class="cc-button cc-primary" onClick={userClick(actions.close)}>
              {t('buttonClose')}
            </button>
          )}
          {snapshot.preview && view.state === 'missing' && step.target && (
            <button type="button" class="cc-button" onClick={userClick(actions.repick)}>
              {t('buttonRepick')}
            </button>
          )}
          {snapshot.preview && (
            <button type="button" class="cc-button" onClick={userClick(actions.close)}>
              {t('buttonStopPreview')}
            </button>
          )}
        </footer>
      </section>
    </>
  );
}
