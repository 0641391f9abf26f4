import { describeProblem, problemText, type ProblemCode, type ProblemParams, type ProblemRef } from './problem-catalogue';

/** Where a problem is: the path in the pack and the 1-based position in the source text. */
export interface ProblemPlace {
  /** Where in the pack, e.g. `sections[0].steps[2].target[0].role`; empty for the whole file. */
  path: string;
  line: number;
  column: number;
}

/** A reason a pack cannot be used, pointing at the place in the source and saying how to fix it. */
export interface Problem extends ProblemPlace {
  /** Stable code from the problem catalogue (problem-catalogue.ts), listed in docs/authoring.md. */
  code: ProblemCode;
  message: string;
  fix: string;
}

/** The start of the file, for problems with the whole file. */
export const WHOLE_FILE: ProblemPlace = { path: '', line: 1, column: 1 };

/** A catalogue problem at a place: `problem('duplicate-step-id', { id }, where)`. */
export function problem<C extends ProblemCode>(code: C, params: ProblemParams<C>, where: ProblemPlace): Problem {
  return { ...where, ...problemText(code, params) };
}

/** A problem named by reference (e.g. a refused link) at a place. */
export function problemAt(ref: ProblemRef, where: ProblemPlace): Problem {
  return { ...where, ...describeProblem(ref) };
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/** `file:line:column message [code]. Fix: …`, the form editors and terminals understand. */
export function formatProblem(fileName: string, problem: Problem): string {
  const where = problem.path ? ` at ${problem.path}` : '';
  return `${fileName}:${problem.line}:${problem.column} ${problem.message}${where} [${problem.code}]. Fix: ${problem.fix}`;
}
