import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The layering in eslint.config.js: each folder imports only the layers below it (docs/architecture.md). */
describe('lint keeps the layers', () => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const errors = async (filePath: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath });
    return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').length;
  };

  it.each([
    ['state/ using the page engine', 'state/example.ts', "import { locateTarget } from '../content/console/locate';"],
    ['state/ using the UI', 'state/example.ts', "import { Popup } from '../components/Popup';"],
    ['packs/ using storage', 'packs/format/example.ts', "import { packItem } from '../../state/packs';"],
    ['packs/ using Preact', 'packs/format/example.ts', "import { h } from 'preact';"],
    ['content/ using Preact', 'content/guide/example.ts', "import { useState } from 'preact/hooks';"],
    ['content/ using the overlay', 'content/guide/example.ts', "import { Callout } from '../../overlay/Callout';"],
    ['components/ using the page engine', 'components/popup/example.tsx', "import { readPageContext } from '../../content/console/page-context';"],
    ['components/ using the overlay', 'components/library/example.tsx', "import { Callout } from '../../overlay/Callout';"],
    ['overlay/ using the popup', 'overlay/example.tsx', "import { Checklist } from '../components/popup/Checklist';"],
  ])('refuses %s', async (_name, filePath, code) => {
    expect(await errors(filePath, `${code}\nexport const x = 1;`)).toBeGreaterThan(0);
  });

  it.each([
    ['overlay/ using the engine and shared hooks', 'overlay/example.tsx', "import { startGuide } from '../content/guide/guide';\nimport { useStorageItem } from '../components/useStorageItem';"],
    ['content/ using state and packs', 'content/guide/example.ts', "import { createSession } from '../../state/session';\nimport { CATALOGUE } from '../../packs/catalogue/catalogue';"],
    ['components/ using state and packs', 'components/popup/example.tsx', "import { createSession } from '../../state/session';\nimport { loadPack } from '../../packs/format/load';"],
  ])('allows %s', async (_name, filePath, code) => {
    expect(await errors(filePath, `${code}\nexport const x = 1;`)).toBe(0);
  });
});
