import { loadPack, type Pack } from '../../packs/format/load';
import { formatProblem, type Problem } from '../../packs/format/problems';
import { reviewPack, type PackReview } from '../../packs/format/review';
import { CATALOGUE, CATALOGUE_PAGE_IDS } from '../../packs/catalogue/catalogue';

export type Candidate =
  | { ok: true; fileName: string; source: string; pack: Pack; review: PackReview }
  | { ok: false; fileName: string; problems: string[] };

/** The catalogue's page ids: what a pack's steps may name besides its own pages. */
/** The page ids a pack may name besides its own (the catalogue's). */
export const KNOWN_PAGES = CATALOGUE_PAGE_IDS;

/** Validate imported text, and prepare the review (against the installed version, if any). */
export function preparePack(fileName: string, source: string, installed: (id: string) => Pack | undefined): Candidate {
  const result = loadPack(source, { knownPages: KNOWN_PAGES });
  if (!result.ok) return { ok: false, fileName, problems: result.problems.map((p: Problem) => formatProblem(fileName, p)) };
  return { ok: true, fileName, source, pack: result.pack, review: reviewPack(result.pack, CATALOGUE, installed(result.pack.id)) };
}
