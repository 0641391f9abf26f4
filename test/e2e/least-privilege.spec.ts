import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';

/** Node-side checks of the built extension (no browser): manifests and bundles. */
const OUTPUT = '.output';
const HOSTS = [
  'https://console.aws.amazon.com/*',
  'https://*.console.aws.amazon.com/*',
  'https://signin.aws.amazon.com/*',
  'https://*.signin.aws.amazon.com/*',
  'https://console.amazonaws-us-gov.com/*',
  'https://*.console.amazonaws-us-gov.com/*',
  'https://signin.amazonaws-us-gov.com/*',
  'https://*.signin.amazonaws-us-gov.com/*',
  'https://console.amazonaws.cn/*',
  'https://*.console.amazonaws.cn/*',
  'https://signin.amazonaws.cn/*',
  'https://*.signin.amazonaws.cn/*',
];

// The one place off the console and sign-in hosts: the public site's console page, where signing out
// ends. The content script runs there (path-scoped); it is not a host permission. Chrome matches
// web-accessible resources by origin only, so the overlay module names the site's origin.
const AWS_SITE_PAGE = 'https://aws.amazon.com/console/*';
const AWS_SITE_ORIGIN = 'https://aws.amazon.com/*';

// The author's shortcut is the browser's (pages cannot forge it), the only command.
const AUTHOR_COMMAND = { 'toggle-author-mode': { suggested_key: { default: 'Alt+Shift+A' }, description: expect.any(String) } };

const manifest = (target: string) => JSON.parse(readFileSync(join(OUTPUT, target, 'manifest.json'), 'utf8'));

function bundleFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? bundleFiles(path) : path.endsWith('.js') ? [path] : [];
  });
}

test.describe('least privilege (built extension)', () => {
  test('the Chrome manifest asks for storage and the console hosts only', () => {
    const m = manifest('chrome-mv3');
    expect(m.permissions).toEqual(['storage']);
    expect([...m.host_permissions].sort()).toEqual([...HOSTS].sort());
    // Two web-accessible files, the overlay and author modules the content script imports: only where
    // the content script runs, and only under Chrome's per-session random address (pages cannot probe for them).
    expect(m.web_accessible_resources).toEqual([{ resources: ['content-scripts/overlay.js', 'content-scripts/author.js'], matches: expect.any(Array), use_dynamic_url: true }]);
    expect([...m.web_accessible_resources[0].matches].sort()).toEqual([...HOSTS, AWS_SITE_ORIGIN].sort());
    expect(m.optional_permissions).toBeUndefined();
    expect(m.externally_connectable).toBeUndefined();
    expect(m.content_scripts).toHaveLength(1);
    expect([...m.content_scripts[0].matches].sort()).toEqual([...HOSTS, AWS_SITE_PAGE].sort());
    expect(m.commands).toEqual(AUTHOR_COMMAND);
  });

  test('the Firefox manifest is MV3, asks for storage and the console hosts only, and declares no data collection', () => {
    const m = manifest('firefox-mv3');
    expect(m.manifest_version).toBe(3);
    expect(m.permissions).toEqual(['storage']);
    expect([...m.host_permissions].sort()).toEqual([...HOSTS].sort());
    expect(m.optional_permissions).toBeUndefined();
    expect(m.content_scripts).toHaveLength(1);
    expect([...m.content_scripts[0].matches].sort()).toEqual([...HOSTS, AWS_SITE_PAGE].sort());
    // The overlay and author modules as in Chrome: only where the content script runs, never open to every origin.
    expect(m.web_accessible_resources).toEqual([{ resources: ['content-scripts/overlay.js', 'content-scripts/author.js'], matches: expect.any(Array), use_dynamic_url: true }]);
    expect([...m.web_accessible_resources[0].matches].sort()).toEqual([...HOSTS, AWS_SITE_ORIGIN].sort());
    for (const entry of m.web_accessible_resources) {
      expect(entry.matches.filter((p: string) => p === '<all_urls>' || /^(\*|https?):\/\/\*\//.test(p)), 'no entry open to every origin').toEqual([]);
    }
    // An event page (Firefox MV3 has no service worker background here).
    expect(m.background).toEqual({ scripts: ['background.js'] });
    expect(m.browser_specific_settings.gecko).toMatchObject({ strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } });
    expect(m.commands).toEqual(AUTHOR_COMMAND);
  });

  for (const target of ['chrome-mv3', 'firefox-mv3']) {
    test(`${target}: no bundle can reach the network or run strings as code`, () => {
      const found: string[] = [];
      for (const file of bundleFiles(join(OUTPUT, target))) {
        const code = readFileSync(file, 'utf8');
        for (const api of [/\bfetch\(/, /XMLHttpRequest/, /new WebSocket/, /sendBeacon/, /new EventSource/, /importScripts/, /\beval\(/, /new Function\(/]) {
          if (api.test(code)) found.push(`${file}: ${api}`);
        }
        // Absolute URLs: only the console and sign-in hosts, documentation hosts named in packs, and specs' namespaces.
        for (const [url] of code.matchAll(/https?:\/\/[a-z0-9.-]+\.[a-z]{2,}[^\s"'`)]*/gi)) {
          const host = new URL(url).hostname;
          // Hosts packs may link to, and WXT's own error messages (text shown in a console error, never requested).
          const allowed =
            /(^|\.)(aws\.amazon\.com|amazonaws-us-gov\.com|amazonaws\.cn|authy\.com|aws\.training|repost\.aws|microsoft\.com|google\.com|duo\.com|mozilla\.org)$/.test(host) ||
            /^(www\.w3\.org|json-schema\.org|wxt\.dev)$/.test(host) || // namespaces (SVG, zod's JSON Schema ids) and WXT docs
            url.startsWith('https://github.com/wxt-dev/wxt/issues/');
          if (!allowed) found.push(`${file}: ${url}`);
        }
      }
      expect(found).toEqual([]);
    });
  }
});
