import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../../packs/format/load';
import { PAGE_HASH_PATTERN, PAGE_PATH_PATTERN, QUERY_KEY_PATTERN, QUERY_VALUE_PATTERN } from '../../../packs/format/page-address';
import { CATALOGUE, CATALOGUE_PAGE_IDS } from '../../../packs/catalogue/catalogue';

const knownPages = CATALOGUE_PAGE_IDS;
const valid = readFileSync('test/fixtures/packs/valid-minimal.yaml', 'utf8');

/** The valid pack with one page of its own; `url` is the YAML of its one URL pattern, from line 14. */
const withPage = (url: string) =>
  valid.replace('sections:', `pages:\n  - id: my.page\n    title: Mine\n    urls:\n      - host: console\n${url}\nsections:`);
const problemsOf = (url: string) => {
  const result = loadPack(withPage(url), { knownPages });
  return result.ok ? [] : result.problems;
};

/** Addresses that would move "Go there" off the console host, or hide where it leads. */
const HOSTILE = [
  '.signin-aws-amazon.com.example/login',
  '@attacker.example/oauth',
  '//evil.example/x',
  '\\\\evil.example',
  '/\\evil.example',
  '/%2F%2Fevil',
  '/ok:80',
  '/iam@evil.example',
  'evil.example/iam/home',
  'https://evil.example/',
  '/iam/home?next=https://evil.example',
  '/iam/home#//evil.example',
  '/iam/ home',
  '/iam/\thome',
  '/iam//home',
  '/../../evil',
  '/iam/./home',
  '',
  ' /iam/home',
  '/iam/home\u2028',
  '/iam/ho\u0000me',
  '/iam/hóme',
];

describe('page addresses in packs', () => {
  it.each(HOSTILE)('refuses the path %j with its line:column and a fix', (path) => {
    const problems = problemsOf(`        path: [${JSON.stringify(path)}]`);
    expect(problems, JSON.stringify(problems)).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: 'pages[0].urls[0].path[0]', line: 15, column: 16 });
    expect(problems[0]!.fix).toMatch(/starts with one \/|glob/);
  });

  const HOSTILE_HASHES = HOSTILE.filter((h) => h !== '' && h !== 'evil.example/iam/home' && h !== '/ok:80' && h !== '.signin-aws-amazon.com.example/login');
  it.each([...HOSTILE_HASHES, '#/users', '/users?x=1', '/users/%2e%2e'])('refuses the hash %j with its line:column', (hash) => {
    const problems = problemsOf(`        path: [/iam/home]\n        hash: [${JSON.stringify(hash)}]`);
    expect(problems, JSON.stringify(problems)).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: 'pages[0].urls[0].hash[0]', line: 16, column: 16 });
    expect(problems[0]!.fix.length).toBeGreaterThan(10);
  });

  const HOSTILE_QUERY = ['https://evil.example', 'a&region=evil', 'x=y', 'x#y', 'x?y', '@evil', 'a:b', '%2F', 'a\\b', 'a b', '/x'];
  it.each(HOSTILE_QUERY)('refuses the query value %j with its line:column', (value) => {
    const problems = problemsOf(`        path: [/iam/home]\n        query: { section: ${JSON.stringify(value)} }`);
    expect(problems, JSON.stringify(problems)).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: 'pages[0].urls[0].query.section', line: 16, column: 27, message: expect.stringMatching(/query value/) });
  });

  it.each(HOSTILE_QUERY)('refuses the query key %j at the key', (key) => {
    const problems = problemsOf(`        path: [/iam/home]\n        query: { ${JSON.stringify(key)}: x }`);
    expect(problems, JSON.stringify(problems)).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 16, column: 18, message: expect.stringMatching(/query key/) });
    expect(problems[0]!.fix).toMatch(/parameter name/);
  });

  it('explains why: a path without / could change the host', () => {
    const [problem] = problemsOf('        path: [".signin-aws-amazon.com.example/login"]');
    expect(problem!.message).toBe('The path ".signin-aws-amazon.com.example/login" does not start with /, so it could change the host');
    const [colon] = problemsOf('        path: [/ok:80]');
    expect(colon!.message).toBe('The path "/ok:80" contains ":", which could change where the address leads');
  });

  it('accepts every address in the catalogue and the usual shapes', () => {
    const parts = CATALOGUE.flatMap((page) => page.urls);
    for (const url of parts) {
      for (const path of url.path) expect(PAGE_PATH_PATTERN.test(path), path).toBe(true);
      for (const hash of url.hash ?? []) expect(PAGE_HASH_PATTERN.test(hash), hash).toBe(true);
      for (const [key, value] of Object.entries(url.query ?? {})) {
        expect(QUERY_KEY_PATTERN.test(key), key).toBe(true);
        expect(QUERY_VALUE_PATTERN.test(value), value).toBe(true);
      }
    }
    expect(problemsOf('        path: [/, /iam/home, /iamv2/home/, "/console/**", "/x/*/y"]\n        hash: ["", /, "alarmsV2:create", "/users/details/*", security_credential]\n        query: { section: security_credentials, Action: "" }')).toEqual([]);
  });
});
