/** A reason a pack cannot be used, pointing at the place in the source and saying how to fix it. */
export interface Problem {
  /** Where in the pack, e.g. `sections[0].steps[2].target[0].role`; empty for the whole file. */
  path: string;
  /** 1-based position in the source text. */
  line: number;
  column: number;
  message: string;
  fix: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/** `file:line:column message (fix)`, the form editors and terminals understand. */
export function formatProblem(fileName: string, problem: Problem): string {
  const where = problem.path ? ` at ${problem.path}` : '';
  return `${fileName}:${problem.line}:${problem.column} ${problem.message}${where}. Fix: ${problem.fix}`;
}
