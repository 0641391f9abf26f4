import { loadPack, type Pack } from '../packs/format/load';
import { KNOWN_PAGES } from '../test/support/packs';
import type { StepProgress } from '../state/progress';

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

/**
 * A pack of `steps` self-confirmed steps (in sections of at most `perSection`), for the popup's
 * checklist and the library's rows.
 */
export function checklistPack(steps: number, id = 'bench-checklist', title = `${steps} steps`, perSection = 40): Pack {
  const lines = ['format: 1', `id: ${id}`, 'version: 1.0.0', `title: ${title}`, 'summary: A checklist to render.', 'author: { name: Console Coach benchmark }', 'locale: en', `estimatedMinutes: ${steps}`, 'sections:'];
  for (let i = 0; i < steps; i++) {
    if (i % perSection === 0) lines.push(`  - id: part-${i / perSection + 1}`, `    title: Part ${i / perSection + 1}`, '    steps:');
    lines.push(`      - id: step-${i}`, `        title: Step ${i + 1} of the checklist`, '        done: { any: [{ manual: true }] }');
  }
  const result = loadPack(lines.join('\n'), { knownPages: KNOWN_PAGES });
  if (!result.ok) throw new Error(`checklist pack ${id}: ${result.problems.map((p) => `${p.path} ${p.message}`).join('; ')}`);
  return result.pack;
}

export const LIBRARY_PACK_PREFIX = 'bench-library-';

/** `count` packs for the library page, of 8 to 30 steps each. */
export function libraryPacks(count: number): Pack[] {
  return Array.from({ length: count }, (_, i) => checklistPack(8 + ((i * 7) % 23), `${LIBRARY_PACK_PREFIX}${String(i + 1).padStart(2, '0')}`, `Library pack ${i + 1}`, 10));
}

/** Progress for a pack's first steps, as the extension records it (state/progress.ts): about half, some self-reported. */
export function someProgress(pack: Pack, index: number): Record<string, StepProgress> {
  const steps = pack.sections.flatMap((s) => s.steps);
  const done = Math.round((steps.length * (index % 5)) / 8);
  const at = new Date(Date.UTC(2025, 0, 1 + index)).toISOString();
  return Object.fromEntries(steps.slice(0, done).map((step, i) => [step.id, { status: i % 7 === 3 ? 'skipped' : 'done', at, verified: i % 2 === 0 } satisfies StepProgress]));
}
