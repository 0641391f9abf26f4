import { isSeq, parseDocument, stringify } from 'yaml';
import { DRAFT_YAML, NO_ALIASES, draftSections } from './draft-document';
import type { Condition, Locator, PackSource, Section, Step } from '../format/schema';
import { LIMITS } from '../format/limits';
import type { Recording, RecordedStep } from './recording';
import { areaTitle, SECRET_WARNING, stepWords } from './step-words';

/**
 * The area of the console a page is in: IAM's by their first two parts (`iam.users.create.details`
 * → `iam.users`, `iam.user`), every other service, sign-in and the site by their first (`signin`).
 */
export const areaOf = (pageId: string) => pageId.split('.').slice(0, pageId.startsWith('iam.') ? 2 : 1).join('.');

/** Kebab-case from words ("Choose Create user" → "choose-create-user"); empty when nothing ASCII is left. */
function kebab(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, LIMITS.idLength - 4)
    .replace(/-+$/g, '');
}

/** A fresh id: `base`, else `base-2`, `base-3`…; taken ids are remembered. */
function freshId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** How the step is known to be done: what followed it; a click that cannot be pointed at is self-reported. */
function doneOf(step: RecordedStep, target: readonly Locator[]): Step['done'] {
  const verifiable = step.done.filter((c) => target.length > 0 || !(c.clicked || c.state));
  const conditions: Condition[] = verifiable.length ? verifiable : [{ manual: true }];
  return { any: conditions };
}

function packStep(step: RecordedStep, taken: Set<string>, showIdentity: boolean): Step {
  const words = stepWords(step);
  // A target is looked for on its step's page: one clicked where no page was recognised (a page the
  // catalogue lacks, or one still rendering) has nowhere to be looked for, and is re-picked instead.
  const findable = step.pageId ? step.target : [];
  const out: Step = { id: freshId(kebab(words.title) || 'step', taken), title: words.title, body: words.body, done: doneOf(step, findable) };
  if (step.pageId) out.page = step.pageId;
  if (findable.length) out.target = findable.map((locator) => ({ ...locator }) as Locator);
  if (showIdentity && step.identity) out.identity = step.identity;
  if (step.region) out.region = step.region;
  if (step.secretPage) out.warnings = [SECRET_WARNING];
  if (!step.pageId && step.action !== 'go') out.body += ' (Recorded on a page the coach did not recognise: add its `page`, then use Re-pick target in author mode.)';
  else if (findable.length === 0 && step.action !== 'go') out.body += ' (Recorded without a target: use Re-pick target in author mode.)';
  // Ordered as the format documents them: id, title, body, page, target, done, then the rest.
  const { id, title, body, page, target, done, ...rest } = out;
  return { id, title, body, ...(page ? { page } : {}), ...(target ? { target } : {}), done, ...rest };
}

/**
 * The recorded steps as sections, one per area of the console in the order visited; who must be
 * signed in is written on a section's first step and wherever it changes.
 */
export function recordedSections(steps: readonly RecordedStep[], takenSections: Set<string>, takenSteps: Set<string>): Section[] {
  const sections: Section[] = [];
  let area: string | null = null;
  let identity: RecordedStep['identity'] = null;
  for (const step of steps) {
    const stepArea: string | null = step.pageId ? areaOf(step.pageId) : area;
    let section = sections.at(-1);
    if (!section || (stepArea !== null && stepArea !== area) || section.steps.length >= LIMITS.stepsPerSection) {
      area = stepArea;
      const title = areaTitle(area ?? 'more');
      section = { id: freshId(kebab(title) || 'section', takenSections), title, steps: [] };
      sections.push(section);
      identity = null;
    }
    section.steps.push(packStep(step, takenSteps, step.identity !== identity));
    identity = step.identity ?? identity;
  }
  return sections.slice(0, LIMITS.sections);
}

/** The whole draft pack for a recording made from scratch. */
export function recordedPack(recording: Recording, today: Date): PackSource {
  const sections = recordedSections(recording.steps, new Set(), new Set());
  const month = today.toISOString().slice(0, 7);
  return {
    format: 1,
    id: 'recorded-tutorial',
    version: '0.1.0',
    title: 'Recorded tutorial',
    summary: 'Recorded in author mode. Edit the titles and bodies before you share it.',
    author: { name: 'Pack author' },
    locale: 'en',
    estimatedMinutes: Math.max(1, Math.ceil(recording.steps.length / 2)),
    testedAgainst: month,
    sections,
  };
}

export interface DraftFromRecording {
  source: string;
  /** The draft that was in the editor and is now replaced (kept so the author can bring it back); null when appended or empty. */
  replaced: string | null;
}

/**
 * The recording as YAML for the library's draft editor: appended to the draft there when the
 * author asked for it and that draft is a pack (new sections, ids kept unique), else a new pack.
 */
export function draftFromRecording(recording: Recording, currentDraft: string, today = new Date()): DraftFromRecording {
  if (recording.append && currentDraft.trim()) {
    const doc = parseDocument(currentDraft);
    const sections = doc.get('sections');
    if (doc.errors.length === 0 && isSeq(sections)) {
      const existing = draftSections(doc);
      const takenSections = new Set(existing.map(({ section }) => String(section.get('id'))));
      const takenSteps = new Set(existing.flatMap(({ steps }) => steps.map((step) => String(step.get('id')))));
      for (const section of recordedSections(recording.steps, takenSections, takenSteps)) sections.add(doc.createNode(section, NO_ALIASES));
      return { source: doc.toString(DRAFT_YAML), replaced: null };
    }
  }
  const header = '# Recorded in author mode: edit titles and bodies, then Preview from any step.\n';
  return { source: header + stringify(recordedPack(recording, today), { ...DRAFT_YAML, ...NO_ALIASES }), replaced: currentDraft.trim() ? currentDraft : null };
}
