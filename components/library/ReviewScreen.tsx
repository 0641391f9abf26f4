import type { Candidate } from './import-pack';

type Ready = Extract<Candidate, { ok: true }>;

/** What a pack will do, shown before it is installed. */
export function ReviewScreen({ candidate, busy, onInstall, onCancel }: { candidate: Ready; busy: boolean; onInstall: () => void; onCancel: () => void }) {
  const { review } = candidate;
  return (
    <section class="cc-review" aria-labelledby="review-title" data-cc="review">
      <h3 id="review-title">Review “{review.title}” before installing</h3>
      <p>{review.summary}</p>
      <dl class="cc-facts">
        <dt>Author</dt>
        <dd>
          {review.author}
          {review.authorUrl && <span class="cc-muted"> ({new URL(review.authorUrl).hostname})</span>}
        </dd>
        <dt>Version</dt>
        <dd>
          {review.version}
          {review.update &&
            ` (replaces ${review.update.installedVersion}: progress kept for ${review.update.keptSteps} steps${review.update.droppedSteps ? `, dropped for ${review.update.droppedSteps} removed steps` : ''})`}
        </dd>
        <dt>Steps</dt>
        <dd>
          {review.steps} steps, about {review.estimatedMinutes} minutes
          {review.manualSteps > 0 && ` (${review.manualSteps} you confirm yourself)`}
        </dd>
        <dt>Console pages it uses</dt>
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
            <dt>Console pages it defines (where Go there can lead)</dt>
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
        <dt>Sites it links to</dt>
        <dd>{review.linkHosts.length ? review.linkHosts.join(', ') : 'None'}</dd>
        {review.awsLinks.length > 0 && (
          <>
            <dt>AWS addresses it links to</dt>
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
            <dt>Signs in as</dt>
            <dd>{review.identities.map((i) => (i === 'root' ? 'the root user' : 'an IAM user')).join(' and ')}</dd>
          </>
        )}
        {review.regions.length > 0 && (
          <>
            <dt>Regions</dt>
            <dd>{review.regions.join(', ')}</dd>
          </>
        )}
        <dt>Cautions</dt>
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
            'None'
          )}
        </dd>
      </dl>
      <div class="cc-actions">
        <button type="button" class="cc-button cc-primary" disabled={busy} onClick={onInstall}>
          Install
        </button>
        <button type="button" class="cc-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
