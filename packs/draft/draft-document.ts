import type { Document, YAMLMap } from 'yaml';
import { isMap, isSeq } from 'yaml';

/** How drafts are written: no folding of long lines, `{ a: 1 }` for flow maps. */
export const DRAFT_YAML = { lineWidth: 0, flowCollectionPadding: true } as const;
/** An object used twice is written twice: packs refuse YAML aliases (`*a1`). */
export const NO_ALIASES = { aliasDuplicateObjects: false } as const;

/** A draft's sections as YAML maps, each with its steps' maps; empty when the draft has no `sections` list. */
export function draftSections(doc: Document): { section: YAMLMap; steps: YAMLMap[] }[] {
  const sections = doc.get('sections');
  if (!isSeq(sections)) return [];
  return sections.items.filter(isMap).map((section) => {
    const steps = section.get('steps');
    return { section, steps: isSeq(steps) ? steps.items.filter(isMap) : [] };
  });
}
