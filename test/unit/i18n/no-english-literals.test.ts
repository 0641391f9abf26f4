import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The coach's words come from public/_locales: no user-visible English is written into the
 * overlay's or the library's and popup's components. A static scan of JSX text, user-visible
 * attributes and string literals that JSX shows, outside the message functions' key argument.
 */
const FOLDERS = ['overlay', 'components'];
/** Attributes people read or hear. */
const VISIBLE_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'aria-valuetext', 'aria-description', 'aria-roledescription', 'label']);
/** The message functions, whose first argument is a key, not words. */
const MESSAGE_FUNCTIONS = new Set(['t', 'plural', 'tParts']);
/** Words that are not English to translate: file names, code and the keyboard. */
const ALLOWED = [/^draft\.yaml$/, /^Alt\+Shift\+A$/, /^file$/];

/** Text a person reads, if it has a word in it (two letters or more): '–', '·', '✓' and ', ' do not. */
const hasWords = (text: string) => /[A-Za-z]{2,}/.test(text) && !ALLOWED.some((pattern) => pattern.test(text.trim()));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Is `node` the key argument of t(), plural()'s keys, or tParts()? */
function isMessageKey(node: ts.Node): boolean {
  const call = node.parent;
  if (!call || !ts.isCallExpression(call) || !ts.isIdentifier(call.expression) || !MESSAGE_FUNCTIONS.has(call.expression.text)) return false;
  const index = call.arguments.indexOf(node as ts.Expression);
  return call.expression.text === 'plural' ? index === 1 || index === 2 : index === 0;
}

const EQUALITY = new Set([ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken]);
/** A value compared with (`state === 'elsewhere'`), not shown. */
const isCompared = (node: ts.Node) => ts.isBinaryExpression(node.parent) && EQUALITY.has(node.parent.operatorToken.kind);

/** The strings of an expression that end up shown: literals, template parts, conditional branches. */
function shownStrings(node: ts.Node, found: string[]): void {
  // JSX inside the expression is scanned on its own (its class and data attributes are not text).
  if (ts.isJsxElement(node) || ts.isJsxSelfClosingElement(node) || ts.isJsxFragment(node)) return;
  if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && !isMessageKey(node) && !isCompared(node)) found.push(node.text);
  else if (ts.isTemplateExpression(node)) found.push(node.head.text, ...node.templateSpans.map((span) => span.literal.text));
  // Inside a call (other than a message function's substitutions) strings are arguments, not text: a key, a class, a storage id.
  if (ts.isCallExpression(node) && !(ts.isIdentifier(node.expression) && MESSAGE_FUNCTIONS.has(node.expression.text))) return;
  // Record<..., MessageKey> tables and the like are not JSX: only what JSX shows is looked at.
  ts.forEachChild(node, (child) => shownStrings(child, found));
}

/** User-visible English in one file's source: JSX text, visible attributes, strings JSX shows, and setAttribute/append of text. */
export function englishLiterals(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      if (hasWords(node.text)) found.push(node.text.trim());
    } else if (ts.isJsxAttribute(node)) {
      const name = node.name.getText(file);
      if (VISIBLE_ATTRIBUTES.has(name) && node.initializer) {
        const strings: string[] = [];
        shownStrings(node.initializer, strings);
        found.push(...strings.filter(hasWords));
      }
      return;
    } else if (ts.isJsxExpression(node) && !ts.isJsxAttribute(node.parent)) {
      const strings: string[] = [];
      ts.forEachChild(node, (child) => shownStrings(child, strings));
      found.push(...strings.filter(hasWords));
    } else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      // The idle pill is built without JSX: el.setAttribute('aria-label', '…'), el.append('…').
      const method = node.expression.name.text;
      const args = node.arguments;
      const text = (arg: ts.Expression | undefined) => (arg && (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) ? arg.text : '');
      if (method === 'setAttribute' && VISIBLE_ATTRIBUTES.has(text(args[0])) && hasWords(text(args[1]))) found.push(text(args[1]));
      if ((method === 'append' || method === 'prepend') && args.some((arg) => hasWords(text(arg)))) found.push(...args.map(text).filter(hasWords));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('no user-visible English outside the messages', () => {
  it('finds English where it is written (the scan itself)', () => {
    const bad = `
      export const A = () => <p title="Close the dialog">Tutorial complete <b>{done ? 'Well done' : \`\${n} steps\`}</b></p>;
      export const B = () => <button aria-label={t('buttonDone')}>{t('buttonDone')} –</button>;
      el.setAttribute('aria-label', 'Show Console Coach'); el.append(logo, 'Coach');`;
    expect(englishLiterals('bad.tsx', bad)).toEqual(['Close the dialog', 'Tutorial complete', 'Well done', ' steps', 'Show Console Coach', 'Coach']);
  });

  const files = FOLDERS.flatMap(sourceFiles);
  it('scans the overlay and the components', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files)('%s', (path) => {
    expect(englishLiterals(path, readFileSync(path, 'utf8'))).toEqual([]);
  });
});
