import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { LIMITS } from './limits';
import { formatPath, problem, type Problem } from './problems';

/** Keys that could reach an object's prototype if a naive consumer copied them. */
const DANGEROUS_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface ParsedSource {
  value: unknown;
  /** Leading spaces of a 1-based source line (block scalars are indented). */
  indentOf(line: number): number;
  /** Position of the value (or, with `key`, the key) at a path of the parsed document. */
  locate(path: readonly PropertyKey[], key?: boolean): { line: number; column: number };
}

/**
 * Parse YAML or JSON (JSON is YAML) into a plain value, keeping positions for problems. Rejects
 * what a pack never needs and an attacker might use: aliases, deep nesting, prototype keys.
 */
export function parseSource(text: string): { ok: true; source: ParsedSource } | { ok: false; problems: Problem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true, merge: false });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const whole = (offset: number) => ({ path: '', ...at(offset) });
  const problems: Problem[] = doc.errors.map((error) =>
    error.code === 'DUPLICATE_KEY'
      ? problem('duplicate-key', {}, whole(error.pos[0]))
      : problem('yaml-syntax', { detail: error.message.split('\n')[0] ?? '' }, whole(error.pos[0])),
  );
  if (problems.length) return { ok: false, problems };

  visit(doc, {
    Alias(_key, node) {
      problems.push(problem('yaml-alias', {}, whole(node.range?.[0] ?? 0)));
      return visit.BREAK;
    },
    Pair(_key, pair, path) {
      if (isScalar(pair.key) && DANGEROUS_KEYS.has(String(pair.key.value))) {
        problems.push(problem('forbidden-key', { key: String(pair.key.value) }, whole(pair.key.range?.[0] ?? 0)));
      }
      if (path.length > LIMITS.depth * 3) {
        problems.push(problem('too-deep', { depth: LIMITS.depth }, whole(isScalar(pair.key) ? (pair.key.range?.[0] ?? 0) : 0)));
        return visit.BREAK;
      }
      return undefined;
    },
  });
  if (problems.length) return { ok: false, problems };

  const value: unknown = doc.toJS({ maxAliasCount: 0 });
  const lines = text.split('\n');
  const indentOf = (line: number) => (lines[line - 1] ?? '').search(/\S|$/);
  return { ok: true, source: { value, indentOf, locate: (path, key) => locate(doc, path, key, at) } };
}

function locate(doc: Document, path: readonly PropertyKey[], key: boolean | undefined, at: (offset: number) => { line: number; column: number }) {
  let node: Node | null = doc.contents;
  let keyNode: Node | null = null;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) break;
      keyNode = pair.key as Node;
      node = (pair.value as Node | null) ?? keyNode;
    } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
      keyNode = null;
      node = node.items[segment] as Node;
    } else break;
    if (isAlias(node)) break;
  }
  const target = key && keyNode ? keyNode : node;
  return at(target?.range?.[0] ?? 0);
}

export { formatPath };
