import { describe, expect, it } from 'vitest';
import { targetYaml } from '../../../../content/author/target-yaml';
import { loadPack } from '../../../../packs/format/load';
import { CATALOGUE } from '../../../../packs/catalogue/catalogue';

const knownPages = new Set(CATALOGUE.map((p) => p.id));

/** Put a snippet under a step of a minimal pack and load it, as an author would. */
function loadWithSnippet(snippet: string) {
  const step = snippet
    .trimEnd()
    .split('\n')
    .map((line) => `        ${line}`)
    .join('\n');
  const text = `format: 1\nid: picked\nversion: 1.0.0\ntitle: Picked\nsummary: A picked target.\nauthor: { name: Author }\nlocale: en\nestimatedMinutes: 1\nsections:\n  - id: s\n    title: S\n    steps:\n      - id: picked-step\n        title: Use it\n${step}\n        done: { any: [{ clicked: true }] }\n`;
  return loadPack(text, { knownPages });
}

describe('targetYaml', () => {
  it('writes descriptors that load back as the same locators', () => {
    const locators = [
      { role: 'button' as const, name: 'Create user' },
      { role: 'button' as const, name: 'Create user', within: { heading: 'Users (3)' } },
      { label: 'User name', within: { modal: true as const } },
      { testId: 'create-user' },
      { text: 'Next: "review"' },
      { css: '[class*="awsui_button_"]' },
    ];
    const yaml = targetYaml('iam.users', locators);
    expect(yaml).toContain('page: iam.users\ntarget:\n  - role: "button"\n    name: "Create user"\n');
    const result = loadWithSnippet(yaml);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.pack.sections[0]!.steps[0]!.target).toEqual(locators);
  });

  it('keeps hostile text as text: quotes, colons, YAML syntax and newlines cannot add fields', () => {
    const name = 'a: b\n- role: link\n  name: "x" # {evil}';
    const result = loadWithSnippet(targetYaml('iam.users', [{ role: 'button', name }]));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.pack.sections[0]!.steps[0]!.target).toEqual([{ role: 'button', name }]);
  });
});
