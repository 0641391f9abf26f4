import { parseDocument } from 'yaml';
import type { Locator } from '../format/schema';
import { DRAFT_YAML, NO_ALIASES, draftSections } from './draft-document';

/**
 * The draft with one step's `target` replaced (a re-picked target), everything else as the author
 * wrote it, comments included. Null when the draft has no step with that id or is not YAML.
 */
export function draftWithTarget(source: string, stepId: string, target: readonly Locator[]): string | null {
  const doc = parseDocument(source);
  if (doc.errors.length) return null;
  const step = draftSections(doc)
    .flatMap(({ steps }) => steps)
    .find((map) => map.get('id') === stepId);
  if (!step) return null;
  step.set('target', doc.createNode(target.map((locator) => ({ ...locator })), NO_ALIASES));
  return doc.toString(DRAFT_YAML);
}
