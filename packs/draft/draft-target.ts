import { isMap, isSeq, parseDocument } from 'yaml';
import type { Locator } from '../format/schema';

const YAML_OPTIONS = { lineWidth: 0, flowCollectionPadding: true } as const;

/**
 * The draft with one step's `target` replaced (a re-picked target), everything else as the author
 * wrote it, comments included. Null when the draft has no step with that id or is not YAML.
 */
export function draftWithTarget(source: string, stepId: string, target: readonly Locator[]): string | null {
  const doc = parseDocument(source);
  const sections = doc.get('sections');
  if (doc.errors.length || !isSeq(sections)) return null;
  for (const section of sections.items) {
    const steps = isMap(section) ? section.get('steps') : null;
    if (!isSeq(steps)) continue;
    for (const step of steps.items) {
      if (!isMap(step) || step.get('id') !== stepId) continue;
      step.set('target', doc.createNode(target.map((locator) => ({ ...locator }))));
      return doc.toString(YAML_OPTIONS);
    }
  }
  return null;
}
