import { describe, expect, it } from 'vitest';
import { loadLabelTableSource } from '../../../../packs/locales/load';
import { cloudscapeMessages } from '../../../../packs/locales/cloudscape';
import { formatProblem } from '../../../../packs/format/problems';

const GOOD = `format: 1
locale: ja
labels:
  Next:
    text: 次へ
    source: cloudscape:wizard.i18nStrings.nextButton
  Assign MFA device:
    text: [MFA デバイスの割り当て]
    source: https://docs.aws.amazon.com/ja_jp/IAM/latest/UserGuide/enable-virt-mfa-for-root.html
`;
const load = (text: string, fileLocale = 'ja') => loadLabelTableSource(text, { fileLocale, cloudscape: cloudscapeMessages });
const problemsOf = (text: string, fileLocale = 'ja') => {
  const result = load(text, fileLocale);
  expect(result.ok, JSON.stringify(result)).toBe(false);
  return result.ok ? [] : result.problems;
};

describe('loadLabelTableSource', () => {
  it('turns a valid table into English label → wordings', () => {
    const result = load(GOOD);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.table).toEqual({ Next: ['次へ'], 'Assign MFA device': ['MFA デバイスの割り当て'] });
  });

  it('reports a YAML error with its line and column', () => {
    const [found] = problemsOf(GOOD.replace('text: 次へ', 'text: [次へ'));
    expect(found).toMatchObject({ code: 'yaml-syntax' });
    expect(formatProblem('ja.yaml', found!)).toMatch(/^ja\.yaml:\d+:\d+ /);
  });

  it('reports schema problems at the entry: an empty text, an unknown key, a missing source', () => {
    const empty = problemsOf(GOOD.replace('text: 次へ', 'text: "  "'));
    expect(empty[0]).toMatchObject({ code: 'under-limit', path: 'labels.Next.text', line: 5, column: 11 });
    const unknown = problemsOf(GOOD.replace('    text: 次へ', '    text: 次へ\n    txet: 次'));
    expect(unknown[0]).toMatchObject({ code: 'unknown-key', line: 6, column: 5 });
    expect(unknown[0]!.fix).toContain('source');
    const missing = problemsOf(GOOD.replace('    source: cloudscape:wizard.i18nStrings.nextButton\n', ''));
    expect(missing[0]).toMatchObject({ code: 'missing-field', path: 'labels.Next.source' });
  });

  it('refuses a locale the console does not offer, and one that is not the file\'s', () => {
    expect(problemsOf(GOOD.replace('locale: ja', 'locale: xx'))[0]).toMatchObject({ code: 'value-not-allowed', line: 2, column: 9 });
    const mismatch = problemsOf(GOOD, 'de');
    expect(mismatch[0]).toMatchObject({ code: 'locale-file-mismatch', line: 2, column: 9 });
    expect(mismatch[0]!.fix).toContain('locale: de');
  });

  it('checks a Cloudscape source against the installed catalogue: the key exists, the text is its text', () => {
    const unknown = problemsOf(GOOD.replace('wizard.i18nStrings.nextButton', 'wizard.i18nStrings.nextButon'));
    expect(unknown[0]).toMatchObject({ code: 'cloudscape-key-unknown', path: 'labels.Next.source', line: 6, column: 13 });
    const differs = problemsOf(GOOD.replace('text: 次へ', 'text: 次'));
    expect(differs[0]).toMatchObject({ code: 'cloudscape-text-differs', path: 'labels.Next.text', line: 5, column: 11 });
    expect(differs[0]!.fix).toContain('"次へ"');
  });

  it('takes documentation only from AWS, over https, in the table\'s language', () => {
    const page = 'https://docs.aws.amazon.com/ja_jp/IAM/latest/UserGuide/enable-virt-mfa-for-root.html';
    const cases: [string, string][] = [
      [page.replace('https:', 'http:'), 'label-source'],
      [page.replace('docs.aws.amazon.com', 'docs.aws.example.com'), 'label-source'],
      ['https://qiita.com/some/post', 'label-source'],
      ['a translation I made', 'label-source'],
      [page.replace('ja_jp', 'de_de'), 'label-source-language'],
      [page.replace('/ja_jp', ''), 'label-source-language'],
      ['https://aws.amazon.com/de/premiumsupport/', 'label-source-language'],
    ];
    for (const [source, code] of cases) {
      const found = problemsOf(GOOD.replace(page, source));
      expect(found[0], source).toMatchObject({ code, path: 'labels.Assign MFA device.source', line: 9, column: 13 });
    }
    expect(load(GOOD.replace(page, 'https://aws.amazon.com/jp/premiumsupport/knowledge-center/iam-billing-access/')).ok).toBe(true);
  });

  it('skips the Cloudscape check where no catalogue is given (the CLI reads tables checked at build time)', () => {
    expect(loadLabelTableSource(GOOD.replace('nextButton', 'nextButon'), { fileLocale: 'ja' }).ok).toBe(true);
  });
});
