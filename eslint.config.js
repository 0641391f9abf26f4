// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';

/** Sinks that turn text into markup or code: forbidden everywhere, pack text is rendered as text. */
const forbiddenSinks = [
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Render text as text: dangerouslySetInnerHTML is forbidden.',
  },
  {
    selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML|srcdoc)$/]",
    message: 'Build DOM nodes instead of assigning HTML strings.',
  },
  {
    selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment|parseFromString|setHTMLUnsafe)$/]",
    message: 'Build DOM nodes instead of parsing HTML strings.',
  },
];

/**
 * Layers (docs/architecture.md): packs/ is the format and the catalogue, state/ what the extension
 * remembers, content/ the engine on console pages, components/ the popup and library UI, overlay/
 * the UI on console pages. Each folder may import only the layers below it.
 */
const layer = (from, message) => ({ group: from.flatMap((folder) => [`**/${folder}`, `**/${folder}/**`]), message });
const NO_UI = layer(['components', 'overlay', 'entrypoints'], 'This layer has no UI: it must not import components/, overlay/ or entrypoints/.');
const NO_PREACT = { group: ['preact', 'preact/*'], message: 'packs/, state/ and content/ stay free of Preact (they run in plain vitest and the content script).' };
const layering = [
  { files: ['packs/**/*.ts'], patterns: [NO_UI, NO_PREACT, layer(['content', 'state'], 'packs/ is the bottom layer: the format and the catalogue import no engine or storage.')] },
  { files: ['state/**/*.ts'], patterns: [NO_UI, NO_PREACT, layer(['content'], 'state/ keeps what the extension remembers; it does not use the page engine.')] },
  { files: ['content/**/*.ts'], patterns: [NO_UI, NO_PREACT] },
  { files: ['components/**/*.{ts,tsx}'], patterns: [layer(['content', 'overlay', 'entrypoints'], 'components/ is the popup and library UI: it uses packs/ and state/, never the page engine or the overlay.')] },
  { files: ['overlay/**/*.{ts,tsx}'], patterns: [layer(['entrypoints', 'components/popup', 'components/library'], 'overlay/ may share hooks from components/, not the popup or the library.')] },
].map(({ files, patterns }) => ({ files, rules: { 'no-restricted-imports': ['error', { patterns }] } }));

export default tseslint.config(
  {
    ignores: ['.output/', '.wxt/', 'dist/', 'node_modules/', 'test/practice-console/dist/', 'test-results/', 'playwright-report/', 'screenshots/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  nounsanitized.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node, ...globals.webextensions },
    },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-script-url': 'error',
      'no-restricted-syntax': ['error', ...forbiddenSinks],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  ...layering,
);
