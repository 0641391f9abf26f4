import type { StoredPack } from '../../state/packs';
import type { Library } from '../useLibrary';
import { createSession } from '../../state/session';
import { startPack } from './pack-actions';
import { ResetButton } from './ResetButton';
import { testedAgainstText } from '../tested-against';
import { t } from '../../i18n/messages';

/** With no pack running: every installed pack, with Start (or Resume and Reset once begun). */
export function PackList({ library }: { library: Library }) {
  const visible = library.packs.filter((p) => !library.hidden.has(p.pack.id));
  if (visible.length === 0) {
    return <p class="cc-muted">{t('popupNoPacks')}</p>;
  }
  return (
    <ul class="cc-pack-list">
      {visible.map((stored) => (
        <PackCard key={stored.pack.id} stored={stored} library={library} />
      ))}
    </ul>
  );
}

function PackCard({ stored, library }: { stored: StoredPack; library: Library }) {
  const { pack } = stored;
  const progress = library.progress[pack.id];
  const { done, already, total } = createSession(pack).countDone(progress);
  const begun = done > 0 || library.active?.packId === pack.id;
  const titleId = `pack-title-${pack.id}`;
  const tested = testedAgainstText(pack.testedAgainst);
  return (
    <li class="cc-pack" data-pack-id={pack.id} aria-labelledby={titleId}>
      <h2 id={titleId}>{pack.title}</h2>
      <p>{pack.summary}</p>
      <p class="cc-muted">
        {begun ? t('packMetaBegun', total, pack.estimatedMinutes, done) : t('packMeta', total, pack.estimatedMinutes)}
        {already > 0 && ` ${t('packMetaAlready', already)}`}
      </p>
      {tested && (
        <p class="cc-muted" data-cc="tested-against">
          {tested}
        </p>
      )}
      <div class="cc-actions">
        {begun ? (
          <>
            <button type="button" class="cc-button cc-primary" onClick={() => void startPack(pack, progress, library.active?.packId === pack.id ? library.active.stepId : undefined)}>
              {t('buttonResume')}
            </button>
            <ResetButton pack={pack} isActive={library.active?.packId === pack.id} />
          </>
        ) : (
          <button type="button" class="cc-button cc-primary" onClick={() => void startPack(pack, progress)}>
            {t('buttonStart')}
          </button>
        )}
      </div>
    </li>
  );
}
