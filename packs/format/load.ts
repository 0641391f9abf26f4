import { PackSchema, type PackSource, type Section, type Step } from './schema';
import { LIMITS } from './limits';
import { formatPath, problem, problemAt, WHOLE_FILE, type Problem } from './problems';
import { parseSource, type ParsedSource } from './yaml-source';
import { issueToProblem } from './zod-problems';
import { allowedKeysAt } from './schema-keys';
import { checkPackRules, isVerifiable } from './rules';
import { parseBody } from './markdown';
import type { BodyTree } from './markdown-tree';

export interface LoadedStep extends Step {
  /** The body as a restricted Markdown tree, ready to render as text nodes. */
  content: BodyTree;
  /** True when every done condition can be seen by the extension; false when the student confirms. */
  verifiable: boolean;
  /** Translated bodies (`translations.<tag>.body`) as trees, by language tag. */
  translatedContent?: Record<string, BodyTree>;
}
export interface LoadedSection extends Omit<Section, 'steps'> {
  steps: LoadedStep[];
}
export interface Pack extends Omit<PackSource, 'sections' | '$schema'> {
  sections: LoadedSection[];
}

export type LoadResult = { ok: true; pack: Pack } | { ok: false; problems: Problem[] };

export interface LoadOptions {
  /** Console page ids a step may name (the catalogue); pack-defined pages are added to these. */
  knownPages: ReadonlySet<string>;
}

/**
 * YAML or JSON text → a validated pack, or every problem found, each with its line:column and
 * how to fix it. Never throws: hostile input gets problems, not exceptions.
 */
export function loadPack(text: string, options: LoadOptions): LoadResult {
  try {
    return loadUnsafe(text, options);
  } catch (error) {
    // A bug in a library must not crash the caller; report it like any other problem.
    return { ok: false, problems: [problem('pack-unreadable', { reason: String(error).slice(0, 200) }, WHOLE_FILE)] };
  }
}

function loadUnsafe(text: string, options: LoadOptions): LoadResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > LIMITS.fileBytes) {
    return { ok: false, problems: [problem('file-too-large', { bytes, limit: LIMITS.fileBytes }, WHOLE_FILE)] };
  }
  if (!text.trim()) return { ok: false, problems: [problem('file-empty', {}, WHOLE_FILE)] };
  const parsed = parseSource(text);
  if (!parsed.ok) return parsed;
  const { source } = parsed;
  if (typeof source.value !== 'object' || source.value === null || Array.isArray(source.value)) {
    return { ok: false, problems: [problem('not-a-mapping', {}, WHOLE_FILE)] };
  }
  const result = PackSchema.safeParse(source.value, { reportInput: true });
  if (!result.success) {
    const problems = result.error.issues.flatMap((issue) => issueToProblem(issue, source, allowedKeysAt));
    return { ok: false, problems: sortProblems(problems) };
  }
  const problems = checkPackRules(result.data, source, options.knownPages);
  const sections = result.data.sections.map((section, s) => ({
    ...section,
    steps: section.steps.map((step, i) => loadStep(step, ['sections', s, 'steps', i], source, problems)),
  }));
  if (problems.length) return { ok: false, problems: sortProblems(problems) };
  const { $schema: _schema, ...pack } = result.data;
  return { ok: true, pack: { ...pack, sections } };
}

function loadStep(step: Step, at: PropertyKey[], source: ParsedSource, problems: Problem[]): LoadedStep {
  const conditions = 'any' in step.done ? step.done.any : step.done.all;
  const verifiable = 'any' in step.done ? conditions.some(isVerifiable) : conditions.every(isVerifiable);
  const content = step.body === undefined ? [] : loadBody(step.body, [...at, 'body'], source, problems);
  const translated = Object.entries(step.translations ?? {}).filter(([, t]) => t.body !== undefined);
  if (!translated.length) return { ...step, content, verifiable };
  const translatedContent = Object.fromEntries(translated.map(([tag, t]) => [tag, loadBody(t.body!, [...at, 'translations', tag, 'body'], source, problems)]));
  return { ...step, content, verifiable, translatedContent };
}

/** A body's Markdown as a tree; its problems placed at their line and column in the file. */
function loadBody(text: string, at: PropertyKey[], source: ParsedSource, problems: Problem[]): BodyTree {
  const body = parseBody(text);
  const bodyStart = source.locate(at);
  // A block scalar (`body: |`) starts on the line after its indicator, indented; a one-line body
  // starts where the value does.
  const block = text.includes('\n');
  for (const found of body.problems) {
    const line = bodyStart.line + (found.line - 1) + (block ? 1 : 0);
    const column = block ? source.indentOf(line) + found.column : bodyStart.column + found.column - 1;
    problems.push(problemAt(found.problem, { path: formatPath(at), line, column }));
  }
  return body.tree;
}

function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.line - b.line || a.column - b.column);
}
