import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { domFromHtml } from '../../../support/dom-fixtures';
import { consoleNameOf, consoleNames, packForConsole, pagesForConsole } from '../../../../content/guide/console-language';
import { readConsoleLanguage } from '../../../../content/console/language';
import { locateTarget, describeTarget } from '../../../../content/console/locate';
import { readPageContext } from '../../../../content/console/page-context';
import { conditionHolds, currentFlashes } from '../../../../content/guide/completion';
import { BUILTIN_PACKS } from '../../../../packs/builtin';
import { CATALOGUE } from '../../../../packs/catalogue/catalogue';
import type { PageDefinition } from '../../../../packs/format/schema';

/** A small Japanese table, as `packs/locales/ja.yaml` would give it. */
const JA = consoleNames({
  'Create user': ['ユーザーの作成'],
  'User name': ['ユーザー名'],
  Users: ['ユーザー'],
  'Multi-factor authentication (MFA)': ['多要素認証 (MFA)'],
  'created successfully': ['正常に作成されました'],
});

const dom = (html: string, lang = 'ja') => domFromHtml(`<!doctype html><html lang="${lang}"><body>${html}</body></html>`, 'https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/users');

describe('the console language is read from the page', () => {
  it('takes <html lang>, then the console locale cookie, never anything else', () => {
    expect(readConsoleLanguage(dom('', 'ja-JP'))).toBe('ja');
    expect(readConsoleLanguage(dom('', 'de'))).toBe('de');
    expect(readConsoleLanguage(dom('', 'en-US'))).toBeNull();
    const noLang = new JSDOM('<!doctype html><html><body></body></html>', { url: 'https://console.aws.amazon.com/' }).window.document;
    expect(readConsoleLanguage(noLang)).toBeNull();
    noLang.cookie = 'aws-userInfo=x; path=/';
    noLang.cookie = 'noflush_locale=zh-CN; path=/';
    expect(readConsoleLanguage(noLang)).toBe('zh-CN');
  });
});

describe('an English pack on a console in another language', () => {
  const pack = BUILTIN_PACKS.find((p) => p.id === 'secure-root-and-iam-admin')!;

  it('widens names, labels, headings and texts with the table and keeps the English', () => {
    const widened = packForConsole(pack, JA);
    const step = widened.sections.flatMap((s) => s.steps).find((s) => s.target?.some((l) => l.name === 'Create user' || (Array.isArray(l.name) && l.name.includes('Create user'))));
    expect(step).toBeDefined();
    const locator = step!.target!.find((l) => Array.isArray(l.name) && l.name.includes('ユーザーの作成'));
    expect(locator?.name).toEqual(expect.arrayContaining(['Create user', 'ユーザーの作成']));
    expect((locator?.name as string[])[0]).toBe('Create user');
    // The pack as written is left as it was.
    expect(JSON.stringify(pack)).not.toContain('ユーザーの作成');
    expect(packForConsole(pack, null)).toBe(pack);
  });

  it('finds a control by its Japanese name, and falls back to structure for a name the table lacks', () => {
    const doc = dom('<h2>ユーザー</h2><button>ユーザーの作成</button><button class="awsui_primary-button_1xupv x">次へ</button>');
    const [createUser] = packForConsole({ ...pack, sections: [{ id: 's', title: 'S', steps: [{ id: 'a', title: 'A', content: [], verifiable: true, target: [{ role: 'button', name: 'Create user' }], done: { any: [{ clicked: true }] } }] }] }, JA).sections[0]!.steps;
    expect(locateTarget(doc, createUser!.target)?.element.textContent).toBe('ユーザーの作成');
    // "Next" is not in this table: the role+name locator finds nothing, the structural one does.
    const next = [{ role: 'button' as const, name: 'Next' }, { css: '[class*="awsui_primary-button_1xupv"]' }];
    const found = locateTarget(doc, packForConsole({ ...pack, sections: [{ id: 's', title: 'S', steps: [{ id: 'b', title: 'B', content: [], verifiable: true, target: next, done: { any: [{ clicked: true }] } }] }] }, JA).sections[0]!.steps[0]!.target);
    expect(found).toMatchObject({ locatorIndex: 1 });
    expect(found?.element.textContent).toBe('次へ');
    // What it looked for, in the pack's words, for the callout's "Looking for …".
    expect(describeTarget(next)).toContain('Next');
  });

  it('recognises catalogue pages by their Japanese headings', () => {
    const pages = pagesForConsole(CATALOGUE, JA);
    const users = pages.find((p) => p.id === 'iam.users') as PageDefinition;
    expect(users.signature?.heading).toEqual(expect.arrayContaining(['Users', 'ユーザー']));
    const doc = dom('<h1>ユーザー (2)</h1>');
    expect(readPageContext(doc, new URL(doc.URL), pages).pageIds).toContain('iam.users');
    expect(readPageContext(doc, new URL(doc.URL), CATALOGUE).pageIds).not.toContain('iam.users');
  });

  it('tells a page by what does not change when the table lacks its heading or wizard step title', () => {
    const pages = pagesForConsole(CATALOGUE, JA);
    // "Set permissions" is not in this table: the create-user wizard's step 2 is told by its number.
    expect(pages.find((p) => p.id === 'iam.users.create.permissions')?.signature).toEqual({ wizardStepNumber: 2 });
    // "IAM Dashboard" is not either: the dashboard is told by its address.
    expect(pages.find((p) => p.id === 'iam.dashboard')?.signature?.heading).toBeUndefined();
    const doc = domFromHtml('<!doctype html><html lang="ja"><body><div class="awsui_wizard_1xupv_ia7rj_41"><nav aria-label="ステップ"><ul><li><a>ステップ 1</a></li><li><a aria-current="step">ステップ 2 許可を設定</a></li></ul></nav></div></body></html>', 'https://us-east-1.console.aws.amazon.com/iam/home#/users/create');
    const context = readPageContext(doc, new URL(doc.URL), pages);
    expect(context.wizardStepNumber).toBe(2);
    expect(context.pageIds).toContain('iam.users.create.permissions');
    expect(context.pageIds).not.toContain('iam.users.create.details');
  });

  it('matches a notification by its translated text, or by its type alone where the table has none, never by English alone', () => {
    const doc = dom('');
    const events = { clicked: false, flashesAtStart: currentFlashes(doc) };
    const page = readPageContext(doc, new URL(doc.URL), CATALOGUE);
    const translated = packForConsole({ ...pack, sections: [{ id: 's', title: 'S', steps: [{ id: 'c', title: 'C', content: [], verifiable: true, done: { any: [{ flash: { type: 'success', text: 'created successfully' } }, { flash: { type: 'success', text: 'Access key created' } }] } }] }] }, JA).sections[0]!.steps[0]!;
    const [byText, byType] = 'any' in translated.done ? translated.done.any : [];
    expect(byText?.flash?.text).toEqual(['created successfully', '正常に作成されました']);
    expect(byType?.flash).toEqual({ type: 'success' });
    const flash = doc.createElement('div');
    flash.setAttribute('data-analytics-flashbar', 'success');
    flash.textContent = 'ユーザー admin が正常に作成されました';
    doc.body.append(flash);
    expect(conditionHolds(byText!, doc, page, null, events)).toBe(true);
    expect(conditionHolds(byType!, doc, page, null, events)).toBe(true);
    // A flash already shown when the step began does not count, with or without text.
    expect(conditionHolds(byType!, doc, page, null, { clicked: false, flashesAtStart: currentFlashes(doc) })).toBe(false);
  });

  it("names the console's own word for the step's control, with the pack's English", () => {
    expect(consoleNameOf({ target: [{ testId: 'x' }, { label: 'User name' }] }, JA)).toEqual({ shown: 'ユーザー名', english: 'User name' });
    expect(consoleNameOf({ target: [{ role: 'button', name: 'Next' }] }, JA)).toBeNull();
    expect(consoleNameOf({ target: [{ label: 'User name' }] }, null)).toBeNull();
  });
});
