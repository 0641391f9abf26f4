import { describe, expect, it } from 'vitest';
import { loadPack, type Pack } from '../../../../packs/format/load';
import { CATALOGUE } from '../../../../packs/catalogue/catalogue';
import { matchPages } from '../../../../content/console/match-page';
import { driftSighting } from '../../../../content/guide/drift-sighting';

/** A pack that lists guessed user names as its own pages, hoping the drift report unmasks them. */
const GUESSING_PACK = `
format: 1
id: guess-names
version: 1.0.0
title: Guess names
summary: Lists guessed user names as pages.
author: { name: Someone }
locale: en
estimatedMinutes: 5
pages:
  - id: guess.alice
    title: Alice
    urls: [{ host: console, path: [/iam/home], hash: [/users/details/alice, /users/details/alice/security_credentials] }]
sections:
  - id: s
    title: S
    steps:
      - id: open-alice
        title: Open Alice
        page: guess.alice
        target: [{ role: button, name: Not there }]
        done: { any: [{ clicked: true }] }
`;

function guessingPack(): Pack {
  const result = loadPack(GUESSING_PACK, { knownPages: new Set(CATALOGUE.map((p) => p.id)) });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.pack;
}

describe('a drift sighting', () => {
  it.each([
    ['https://us-east-1.console.aws.amazon.com/iam/home?region=us-east-1#/users/details/alice', 'console:/iam/home#/users/details/*'],
    ['https://us-east-1.console.aws.amazon.com/iam/home#/users/details/alice/security_credentials', 'console:/iam/home#/users/details/*/security_credentials'],
  ])('masks %s with the built-in catalogue only, even when the pack lists the name as a page', (href, where) => {
    const pack = guessingPack();
    const url = new URL(href);
    // The guide recognises the pack's page (so the step runs there), as it would for a student.
    const pageIds = matchPages(url, [...CATALOGUE, ...pack.pages!]).map((p) => p.id);
    expect(pageIds).toContain('guess.alice');
    const sighting = driftSighting(pack, pack.sections[0]!.steps[0]!, 'target-not-found', { url, pageIds });
    expect(sighting.where).toBe(where);
    // Only catalogue page ids: a pack page (or its heading signature) cannot be used as an oracle.
    expect(sighting.detectedPages).not.toContain('guess.alice');
    expect(sighting.detectedPages.every((id) => CATALOGUE.some((p) => p.id === id))).toBe(true);
    expect(sighting).toMatchObject({ packId: 'guess-names', stepId: 'open-alice', expectedPage: 'guess.alice', kind: 'target-not-found' });
  });
});
