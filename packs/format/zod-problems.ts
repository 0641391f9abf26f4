import type { z } from 'zod';
import { formatPath, type Problem } from './problems';
import type { ParsedSource } from './yaml-source';
import { addressPartOf, explainPageAddress } from './page-address';

type Issue = z.core.$ZodIssue;

/** Turn a schema issue into a problem: where it is in the source, what is wrong, how to fix it. */
export function issueToProblem(issue: Issue, source: ParsedSource, allowedKeys: (path: PropertyKey[]) => string[]): Problem[] {
  const path = issue.path as PropertyKey[];
  const last = path[path.length - 1];
  const field = typeof last === 'string' ? `"${last}"` : 'this entry';
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: formatPath([...path, key]),
        ...source.locate([...path, key], true),
        message: `Unknown key "${key}"`,
        fix: `Remove it or check its spelling. Allowed here: ${allowedKeys(path).join(', ') || '(none)'}.`,
      }));
    case 'invalid_type': {
      const missing = issue.input === undefined;
      return [
        {
          path: formatPath(path),
          ...source.locate(path, missing),
          message: missing ? `${field} is required` : `${field} must be ${article(issue.expected)}`,
          fix: missing ? `Add ${field}.` : `Write ${article(issue.expected)} here.`,
        },
      ];
    }
    case 'invalid_value':
      return [
        {
          path: formatPath(path),
          ...source.locate(path),
          message: `${field} has a value that is not allowed`,
          fix: `Use one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`,
        },
      ];
    case 'invalid_format': {
      const part = issue.format === 'regex' && 'pattern' in issue ? addressPartOf(String(issue.pattern)) : null;
      if (part && typeof issue.input === 'string') return [{ path: formatPath(path), ...source.locate(path), ...explainPageAddress(part, issue.input) }];
      return [{ path: formatPath(path), ...source.locate(path), message: `${field} is not in the expected format`, fix: issue.message }];
    }
    case 'invalid_key':
      // A record key that breaks its own rule: report it at the key, explained like a value.
      return issue.issues.flatMap((inner) =>
        issueToProblem({ ...inner, path } as Issue, source, allowedKeys).map((problem) => ({ ...problem, ...source.locate(path, true) })),
      );
    case 'too_big':
    case 'too_small': {
      const big = issue.code === 'too_big';
      const what = issue.origin === 'array' ? 'entries' : issue.origin === 'string' ? 'characters' : '';
      const limit = `${big ? 'at most' : 'at least'} ${String(issue.code === 'too_big' ? issue.maximum : issue.minimum)}${what ? ` ${what}` : ''}`;
      return [
        {
          path: formatPath(path),
          ...source.locate(path),
          message: `${field} must have ${limit}`.replace('must have at least 1 characters', 'must not be empty'),
          fix: big ? 'Shorten it, or split it up.' : 'Add the missing content.',
        },
      ];
    }
    case 'invalid_union':
      if (issue.input === undefined) {
        return [{ path: formatPath(path), ...source.locate(path, true), message: `${field} is required`, fix: `Add ${field}.` }];
      }
      return [
        {
          path: formatPath(path),
          ...source.locate(path),
          message: unionMessage(last),
          fix: unionFix(last),
        },
      ];
    default:
      return [{ path: formatPath(path), ...source.locate(path), message: issue.message, fix: 'See the authoring guide (docs/authoring.md) for this field.' }];
  }
}

function article(type: string): string {
  const names: Record<string, string> = { string: 'text', number: 'a number', boolean: 'true or false', array: 'a list', object: 'a mapping (key: value)' };
  return names[type] ?? `a ${type}`;
}

function unionMessage(field: PropertyKey | undefined): string {
  if (field === 'done') return '"done" must be { any: [conditions] } or { all: [conditions] }';
  if (field === 'of') return '"of" must be "target" or a locator';
  return `${typeof field === 'string' ? `"${field}"` : 'This entry'} must be a name or a list of names`;
}

function unionFix(field: PropertyKey | undefined): string {
  if (field === 'done') return 'Write `done: { any: [ { clicked: true } ] }`, or `all:` when every condition must hold.';
  if (field === 'of') return 'Write `of: target`, or a locator such as `of: { role: checkbox, name: Activate IAM Access }`.';
  return 'Write one name in quotes, or a list such as [Create user, Add users].';
}
