import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The lint configuration itself is a security control: prove it rejects every markup and code sink. */
describe('lint forbids HTML and code sinks', () => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const cases: [string, string][] = [
    ['innerHTML assignment', 'export function f(el: HTMLElement, s: string) { el.innerHTML = s; }'],
    ['outerHTML assignment', 'export function f(el: HTMLElement, s: string) { el.outerHTML = s; }'],
    ['insertAdjacentHTML', "export function f(el: HTMLElement, s: string) { el.insertAdjacentHTML('beforeend', s); }"],
    ['document.write', 'export function f(s: string) { document.write(s); }'],
    ['DOMParser', "export function f(s: string) { return new DOMParser().parseFromString(s, 'text/html'); }"],
    ['eval', 'export function f(s: string) { return eval(s); }'],
    ['new Function', "export function f(s: string) { return new Function('x', s); }"],
    ['dangerouslySetInnerHTML', 'export const C = (p: { s: string }) => <div dangerouslySetInnerHTML={{ __html: p.s }} />;'],
  ];
  it.each(cases)('%s is an error', async (_name, code) => {
    const [result] = await eslint.lintText(code, { filePath: 'components/Sink.tsx' });
    expect(result!.errorCount, result!.messages.map((m) => m.message).join('; ')).toBeGreaterThan(0);
  });

  it('plain text rendering passes', async () => {
    const [result] = await eslint.lintText('export const C = (p: { s: string }) => <p>{p.s}</p>;', { filePath: 'components/Safe.tsx' });
    expect(result!.errorCount).toBe(0);
  });
});
