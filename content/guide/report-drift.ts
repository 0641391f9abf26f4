import type { LoadedStep, Pack } from '../../packs/format/load';
import type { PageDefinition } from '../../packs/format/schema';
import { recordDrift } from '../../state/drift';
import type { PageContext } from '../console/page-context';
import { maskedLocation } from '../console/masked-location';

/** A step could not be followed here: count it in the drift report (ids and a masked address only). */
export function reportDrift(pack: Pack, step: LoadedStep, kind: 'target-not-found' | 'page-not-recognised', page: PageContext, pages: readonly PageDefinition[]): void {
  void recordDrift({
    packId: pack.id,
    packVersion: pack.version,
    stepId: step.id,
    kind,
    locators: step.target ?? null,
    expectedPage: step.page ?? null,
    detectedPages: page.pageIds,
    where: maskedLocation(page.url, pages),
  }).catch(() => undefined);
}
