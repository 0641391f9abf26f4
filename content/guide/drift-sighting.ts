import type { LoadedStep, Pack } from '../../packs/format/load';
import type { DriftSighting } from '../../state/drift';
import type { PageContext } from '../console/page-context';
import { CATALOGUE_PAGE_IDS } from '../../packs/catalogue/catalogue';
import { maskedLocation } from '../console/masked-location';

/**
 * What the drift report records when a step cannot be followed: the pack's own data, the
 * built-in catalogue's page ids and an address masked with the catalogue's words only. A pack's
 * own pages never reach it, so a pack cannot list guessed names (as pages, or as page headings)
 * and read back which one this console showed.
 */
export function driftSighting(pack: Pick<Pack, 'id' | 'version'>, step: LoadedStep, kind: DriftSighting['kind'], context: Pick<PageContext, 'url' | 'pageIds'>): DriftSighting {
  return {
    packId: pack.id,
    packVersion: pack.version,
    stepId: step.id,
    kind,
    locators: step.target ?? null,
    expectedPage: step.page ?? null,
    detectedPages: context.pageIds.filter((id) => CATALOGUE_PAGE_IDS.has(id)),
    where: maskedLocation(context.url),
  };
}
