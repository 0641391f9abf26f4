import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { de } from '../../practice-console/src/i18n/de';
import { ja } from '../../practice-console/src/i18n/ja';

const SRC = join(__dirname, '../../practice-console/src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'i18n' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every `t('…')` of the practice console's source, and every `t(` whose text is not a literal. */
function scan() {
  const keys = new Map<string, string[]>();
  const dynamic: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    if (!/from '[./]*i18n'/.test(text)) continue;
    for (const match of text.matchAll(/(?<![\w.])t\(\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|(.))/g)) {
      const where = `${relative(SRC, file)}:${text.slice(0, match.index).split('\n').length}`;
      const key = match[1] ?? match[2];
      if (key === undefined) dynamic.push(where);
      else keys.set(key.replace(/\\'/g, "'"), [...(keys.get(key) ?? []), where]);
    }
  }
  return { keys, dynamic };
}

describe('practice console dictionaries', () => {
  const { keys, dynamic } = scan();

  it('finds the translated strings (a static scan of t() calls)', () => {
    expect(keys.size).toBeGreaterThan(300);
    expect(keys.has('Create user')).toBe(true);
  });

  it('calls t() only with literal English text, so this scan sees every key', () => {
    expect(dynamic).toEqual([]);
  });

  for (const [name, dictionary] of [['ja', ja], ['de', de]] as const) {
    it(`has a ${name} entry for every key`, () => {
      const missing = [...keys.keys()].filter((key) => !(key in dictionary));
      expect(missing).toEqual([]);
    });

    it(`has no ${name} entry that the console no longer uses, and no empty one`, () => {
      expect(Object.keys(dictionary).filter((key) => !keys.has(key))).toEqual([]);
      // "Choose" is a sentence's first word that Japanese puts after the bolded label.
      expect(Object.entries(dictionary).filter(([key, value]) => !value.trim() && !(name === 'ja' && key === 'Choose'))).toEqual([]);
    });
  }
});
