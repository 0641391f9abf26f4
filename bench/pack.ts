import { loadPack, type Pack } from '../packs/format/load';
import { KNOWN_PAGES } from '../test/support/packs';

/**
 * The benchmark's pack: a step whose target the benchmark inserts into the page itself, and a
 * step on the User groups page for route changes. Both confirmed by hand, so nothing completes them.
 */
const SOURCE = `
format: 1
id: bench
version: 1.0.0
title: Benchmark
summary: Steps the benchmark drives.
author: { name: Console Coach benchmark }
locale: en
estimatedMinutes: 1
sections:
  - id: bench
    title: Benchmark
    steps:
      - id: inserted-target
        title: Use the inserted button
        body: The benchmark inserts this button and removes it again.
        page: iam.dashboard
        target: [{ testId: bench-target }]
        done: { any: [{ manual: true }] }
      - id: groups-route
        title: Create a group
        body: Reached by a hash-route change.
        page: iam.groups
        target: [{ role: button, name: Create group }]
        done: { any: [{ manual: true }] }
      - id: waiting-forever
        title: Wait for a button that never comes
        page: iam.dashboard
        target: [{ testId: never-there }]
        done: { any: [{ manual: true }] }
`;

export function benchPack(): Pack {
  const result = loadPack(SOURCE, { knownPages: KNOWN_PAGES });
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path} ${p.message}`).join('\n'));
  return result.pack;
}

/** A pack of `steps` self-confirmed steps, for the popup's checklist. */
export function checklistPack(steps: number): Pack {
  const lines = ['format: 1', 'id: bench-checklist', 'version: 1.0.0', 'title: Forty steps', 'summary: A checklist to render.', 'author: { name: Console Coach benchmark }', 'locale: en', 'estimatedMinutes: 40', 'sections:', '  - id: all', '    title: All steps', '    steps:'];
  for (let i = 0; i < steps; i++) lines.push(`      - id: step-${i}`, `        title: Step ${i + 1} of the checklist`, '        done: { any: [{ manual: true }] }');
  const result = loadPack(lines.join('\n'), { knownPages: KNOWN_PAGES });
  if (!result.ok) throw new Error('checklist pack');
  return result.pack;
}
