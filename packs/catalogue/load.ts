import { z } from 'zod';
import { PageSchema, type PageDefinition } from '../format/schema';
import { parseSource } from '../format/yaml-source';
import { issueToProblem } from '../format/zod-problems';
import { formatPath, problem, problemAt, type Problem } from '../format/problems';
import { checkPageDefinition, type Add } from '../format/rules';

const CatalogueSchema = z.array(PageSchema).min(1);

/** Load `packs/catalogue/pages.yaml`: the console pages every pack may name, held to the rules of a pack's own pages. */
export function loadCatalogue(text: string): { ok: true; pages: PageDefinition[] } | { ok: false; problems: Problem[] } {
  const parsed = parseSource(text);
  if (!parsed.ok) return parsed;
  const result = CatalogueSchema.safeParse(parsed.source.value, { reportInput: true });
  if (!result.success) {
    return { ok: false, problems: result.error.issues.flatMap((issue) => issueToProblem(issue, parsed.source, () => Object.keys(PageSchema.shape))) };
  }
  const seen = new Set<string>();
  const problems: Problem[] = [];
  const add: Add = (path, ref, key = false) => problems.push(problemAt(ref, { path: formatPath(path), ...parsed.source.locate(path, key) }));
  result.data.forEach((page, index) => {
    if (seen.has(page.id)) problems.push(problem('duplicate-page-id', { id: page.id }, { path: `[${index}].id`, ...parsed.source.locate([index, 'id']) }));
    seen.add(page.id);
    checkPageDefinition(page, [index], add);
  });
  return problems.length ? { ok: false, problems } : { ok: true, pages: result.data };
}
