import type { z } from 'zod';
import { formatPath, problem, problemAt, type Problem } from './problems';
import type { ParsedSource } from './yaml-source';
import { addressPartOf, explainPageAddress } from './page-address';

type Issue = z.core.$ZodIssue;

/** Turn a schema issue into a problem: where it is in the source, what is wrong, how to fix it. */
export function issueToProblem(issue: Issue, source: ParsedSource, allowedKeys: (path: PropertyKey[]) => string[]): Problem[] {
  const path = issue.path as PropertyKey[];
  const last = path[path.length - 1];
  const field = typeof last === 'string' ? `"${last}"` : 'this entry';
  const at = (key = false) => ({ path: formatPath(path), ...source.locate(path, key) });
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) =>
        problem('unknown-key', { key, allowed: allowedKeys(path) }, { path: formatPath([...path, key]), ...source.locate([...path, key], true) }),
      );
    case 'invalid_type': {
      const missing = issue.input === undefined;
      if (missing) return [problem('missing-field', { field }, at(true))];
      return [problem('wrong-type', { field, expected: article(issue.expected) }, at())];
    }
    case 'invalid_value':
      return [problem('value-not-allowed', { field, allowed: issue.values.map((v) => JSON.stringify(v)) }, at())];
    case 'invalid_format': {
      const part = issue.format === 'regex' && 'pattern' in issue ? addressPartOf(String(issue.pattern)) : null;
      if (part && typeof issue.input === 'string') return [problemAt(explainPageAddress(part, issue.input), at())];
      // The schema states each format next to its pattern (schema.ts): that hint is the fix.
      return [problem('invalid-format', { field, hint: issue.message }, at())];
    }
    case 'invalid_key':
      // A record key that breaks its own rule: report it at the key, explained like a value.
      return issue.issues.flatMap((inner) =>
        issueToProblem({ ...inner, path } as Issue, source, allowedKeys).map((found) => ({ ...found, ...source.locate(path, true) })),
      );
    case 'too_big':
    case 'too_small': {
      const big = issue.code === 'too_big';
      const what = issue.origin === 'array' ? 'entries' : issue.origin === 'string' ? 'characters' : '';
      const limit = `${big ? 'at most' : 'at least'} ${String(issue.code === 'too_big' ? issue.maximum : issue.minimum)}${what ? ` ${what}` : ''}`;
      return [problem(big ? 'over-limit' : 'under-limit', { field, limit }, at())];
    }
    case 'invalid_union': {
      if (issue.input === undefined) return [problem('missing-field', { field }, at(true))];
      // The one alternative whose shape fits (e.g. `any:` given, an entry wrong inside it): its own problems say where.
      const inner = 'errors' in issue ? fittingAlternative(issue.errors) : null;
      if (inner) return inner.flatMap((nested) => issueToProblem({ ...nested, path: [...path, ...nested.path] } as Issue, source, allowedKeys));
      if (last === 'done') return [problem('done-shape', {}, at())];
      if (last === 'alreadyDone') return [problem('already-done-shape', {}, at())];
      if (last === 'of') return [problem('state-of-shape', {}, at())];
      if (last === 'role') return [problem('role-shape', {}, at())];
      return [problem('names-shape', { field: typeof last === 'string' ? field : 'This entry' }, at())];
    }
    default:
      return [problem('schema-other', { detail: issue.message }, at())];
  }
}

/**
 * Of a union's alternatives, the only one whose own level fits the input (right type, known keys,
 * allowed value), so that what is wrong is inside it; null when none or several fit.
 */
function fittingAlternative(alternatives: readonly (readonly Issue[])[]): readonly Issue[] | null {
  const misfit = (found: Issue) => found.path.length === 0 && (found.code === 'invalid_type' || found.code === 'invalid_value' || found.code === 'unrecognized_keys');
  const fitting = alternatives.filter((issues) => issues.length > 0 && !issues.some(misfit));
  return fitting.length === 1 ? fitting[0]! : null;
}

function article(type: string): string {
  const names: Record<string, string> = { string: 'text', number: 'a number', boolean: 'true or false', array: 'a list', object: 'a mapping (key: value)' };
  return names[type] ?? `a ${type}`;
}
