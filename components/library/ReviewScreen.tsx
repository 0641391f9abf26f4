import type { Candidate } from './import-pack';
import { t } from '../../i18n/messages';

type Ready = Extract<Candidate, { ok: true }>;

/** Who the pack signs in as: one identity, or both. */
function identities(list: readonly string[]): string {
  const [first, second] = list.map((i) => t(i === 'root' ? 'reviewRootUser' : 'reviewIamUser'));
  return second ? t('reviewBoth', first!, second) : (first ?? '');
}

/** What a pack will do, shown before it is installed. */
export function ReviewScreen({ candidate, busy, onInstall, onCancel }: { candidate: Ready; busy: boolean; onInstall: () => void; onCancel: () => void }) {
  const { review } = candidate;
  return (
    <section class="cc-review" aria-labelledby="review-title" data-cc="review">
      <h3 id="review-title">{t('reviewTitle', review.title)}</h3>
      <p>{review.summary}</p>
      <dl class="cc-facts">
        <dt>{t('reviewAuthor')}</dt>
        <dd>
          {review.author}
          {review.authorUrl && <span class="cc-muted"> ({new URL(review.authorUrl).hostname})</span>}
        </dd>
        <dt>{t('reviewVersion')}</dt>
        <dd>
          {review.version}
          {review.update &&
            ` ${review.update.droppedSteps ? t('reviewReplacesDropped', review.update.installedVersion, review.update.keptSteps, review.update.droppedSteps) : t('reviewReplaces', review.update.installedVersion, review.update.keptSteps)}`}
        </dd>
        <dt>{t('reviewSteps')}</dt>
        <dd>
          {t('reviewStepsValue', review.steps, review.estimatedMinutes)}
          {review.manualSteps > 0 && ` ${t('reviewManual', review.manualSteps)}`}
        </dd>
        <dt>{t('reviewPages')}</dt>
        <dd>
          <ul>
            {review.pages.map((page) => (
              <li key={page.id}>
                {page.title} <code>{page.id}</code>
              </li>
            ))}
          </ul>
        </dd>
        {review.ownPages.length > 0 && (
          <>
            <dt>{t('reviewOwnPages')}</dt>
            <dd>
              <ul data-cc="review-own-pages">
                {review.ownPages.map((page) => (
                  <li key={page.id}>
                    {page.title} <code>{page.id}</code>
                    <ul>
                      {page.addresses.map((address) => (
                        <li key={address}>
                          <code>{address}</code>
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        <dt>{t('reviewLinkSites')}</dt>
        <dd>{review.linkHosts.length ? review.linkHosts.join(', ') : t('reviewNone')}</dd>
        {review.awsLinks.length > 0 && (
          <>
            <dt>{t('reviewAwsLinks')}</dt>
            <dd>
              <ul data-cc="review-aws-links">
                {review.awsLinks.map((href) => (
                  <li key={href}>
                    <code>{href}</code>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {review.identities.length > 0 && (
          <>
            <dt>{t('reviewSignsInAs')}</dt>
            <dd>{identities(review.identities)}</dd>
          </>
        )}
        {review.regions.length > 0 && (
          <>
            <dt>{t('reviewRegions')}</dt>
            <dd>{review.regions.join(', ')}</dd>
          </>
        )}
        <dt>{t('reviewCautions')}</dt>
        <dd>
          {review.warnings.length ? (
            <ul>
              {review.warnings.map((w) => (
                <li key={`${w.step}:${w.text}`}>
                  <strong>{w.step}:</strong> {w.text}
                </li>
              ))}
            </ul>
          ) : (
            t('reviewNone')
          )}
        </dd>
      </dl>
      <div class="cc-actions">
        <button type="button" class="cc-button cc-primary" disabled={busy} onClick={onInstall}>
          {t('buttonInstall')}
        </button>
        <button type="button" class="cc-button" onClick={onCancel}>
          {t('buttonCancel')}
        </button>
      </div>
    </section>
  );
}
