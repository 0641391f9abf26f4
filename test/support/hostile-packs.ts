import { LIMITS } from '../../packs/format/limits';
import { loadPack } from '../../packs/format/load';
import type { Problem } from '../../packs/format/problems';
import { KNOWN_PAGES } from './packs';

/**
 * Packs that carry hostile strings in every text and link field a pack has: titles, bodies
 * (as text, emphasis, code and link text and address), cautions, link titles and addresses,
 * target names, page titles, the pack's summary and author. A field the loader refuses is
 * replaced by a plain one (the loader's problem is counted), so every payload that can reach the
 * screen does.
 */
export interface HostilePacks {
  /** Pack files (JSON, which the YAML loader reads), each under the size limit. */
  files: { name: string; text: string; id: string; stepIds: string[] }[];
  /** Payload-carrying fields the loader accepted, and refused with a problem. */
  accepted: number;
  refused: number;
  /** Refusals that came without a path or position (must be 0). */
  refusedWithoutPlace: number;
}

const BODY_FORMS = ['rich', 'no-raw-link', 'plain', 'none'] as const;
type BodyForm = (typeof BODY_FORMS)[number];

interface StepFields {
  title: boolean;
  body: BodyForm;
  warning: boolean;
  rawLink: boolean;
  docsLink: boolean;
  target: boolean;
}

const ALL_FIELDS: StepFields = { title: true, body: 'rich', warning: true, rawLink: true, docsLink: true, target: true };
/** Fields that carry a payload in a step (the body counts once). */
const FIELD_COUNT = 6;

// Markdown punctuation in a payload would change the structure around it; that is fine: the
// renderer must cope with whatever the parser makes of it.
function body(p: string, form: BodyForm): string | undefined {
  switch (form) {
    case 'rich':
      return `${p}\n\n*${p}* **${p}** \`${p}\` [${p}](${p}) [${p}](https://docs.aws.amazon.com/${p})\n\n- ${p}\n\n\`\`\`\n${p}\n\`\`\``;
    case 'no-raw-link':
      return `${p}\n\n*${p}* **${p}** \`${p}\` [${p}](https://docs.aws.amazon.com/${p})\n\n- ${p}`;
    case 'plain':
      return p;
    case 'none':
      return undefined;
  }
}

function step(p: string, i: number, fields: StepFields) {
  const links = [...(fields.rawLink ? [{ title: p.slice(0, LIMITS.titleLength) || 'x', url: p }] : []), ...(fields.docsLink ? [{ title: 'AWS docs', url: `https://docs.aws.amazon.com/?q=${p}` }] : [])];
  return {
    id: `p-${i}`,
    title: fields.title ? p : `Payload ${i}`,
    ...(body(p, fields.body) !== undefined ? { body: body(p, fields.body) } : {}),
    ...(fields.warning ? { warnings: [p] } : {}),
    ...(links.length ? { links } : {}),
    // A target is looked for and described on screen ("Looking for the … button"); a target
    // needs the page it is on (the test shows these steps on the IAM dashboard).
    ...(fields.target ? { page: 'iam.dashboard', target: [{ role: 'button', name: p }] } : {}),
    done: { any: [{ manual: true }] },
  };
}

function packSource(id: string, steps: unknown[], head: { summary: string; author: string; authorUrl?: string; pageTitle: string }) {
  const sections = [];
  for (let s = 0; s * LIMITS.stepsPerSection < steps.length; s++) {
    sections.push({ id: `section-${s}`, title: `Section ${s + 1}`, steps: steps.slice(s * LIMITS.stepsPerSection, (s + 1) * LIMITS.stepsPerSection) });
  }
  return {
    format: 1,
    id,
    version: '1.0.0',
    title: `Hostile corpus ${id}`,
    summary: head.summary,
    author: { name: head.author, ...(head.authorUrl !== undefined ? { url: head.authorUrl } : {}) },
    locale: 'en',
    estimatedMinutes: 5,
    // A page of the pack's own, whose title the callout shows when a step happens there.
    pages: [{ id: 'hostile.page', title: head.pageTitle, urls: [{ host: 'console', path: ['/hostile'] }] }],
    sections,
  };
}

const stepOf = (problem: Problem) => /^sections\[0\]\.steps\[0\]\.(\w+)(?:\[(\d+)\])?/.exec(problem.path);

/** The step for payload `p`, with each field the loader refuses replaced, and the counts. */
function acceptedStep(p: string, i: number, counts: { accepted: number; refused: number; refusedWithoutPlace: number }) {
  const fields = { ...ALL_FIELDS };
  for (let attempt = 0; attempt < 20; attempt++) {
    const candidate = step(p, i, fields);
    const result = loadPack(JSON.stringify(packSource('probe', [{ ...candidate, id: 'probe' }], { summary: 'x', author: 'x', pageTitle: 'x' })), { knownPages: KNOWN_PAGES });
    if (result.ok) {
      const kept = [fields.title, fields.body !== 'none', fields.warning, fields.rawLink, fields.docsLink, fields.target].filter(Boolean).length;
      counts.accepted += kept;
      counts.refused += FIELD_COUNT - kept;
      return candidate;
    }
    for (const problem of result.problems) {
      if (!problem.path && !(problem.line > 0)) counts.refusedWithoutPlace += 1;
      const [, field, index] = stepOf(problem) ?? [];
      if (field === 'title') fields.title = false;
      else if (field === 'body') fields.body = BODY_FORMS[BODY_FORMS.indexOf(fields.body) + 1] ?? 'none';
      else if (field === 'warnings') fields.warning = false;
      else if (field === 'target') fields.target = false;
      else if (field === 'links') {
        const rawFirst = fields.rawLink;
        if (index === '0' && rawFirst) fields.rawLink = false;
        else fields.docsLink = false;
      } else {
        // A problem with no field of its own (e.g. a cross-field rule): drop what can carry it.
        Object.assign(fields, { title: false, body: 'none', warning: false, rawLink: false, docsLink: false, target: false });
      }
    }
  }
  throw new Error(`payload ${i} could not be made into a valid step`);
}

/** A pack-level text field: the payload if the loader takes it there, else a plain one. */
function packText(p: string, field: 'summary' | 'author' | 'authorUrl' | 'pageTitle', counts: { accepted: number; refused: number }) {
  const head = { summary: 'x', author: 'x', pageTitle: 'x', [field]: p };
  const result = loadPack(JSON.stringify(packSource('probe', [step('x', 0, ALL_FIELDS)], head)), { knownPages: KNOWN_PAGES });
  if (result.ok) counts.accepted += 1;
  else counts.refused += 1;
  return result.ok ? p : undefined;
}

export function hostilePacks(payloads: readonly string[], stepsPerPack = 150): HostilePacks {
  const counts = { accepted: 0, refused: 0, refusedWithoutPlace: 0 };
  const steps = payloads.map((p, i) => acceptedStep(p, i, counts));
  const files: HostilePacks['files'] = [];
  for (let start = 0, k = 0; start < steps.length; k++) {
    let chunk = steps.slice(start, start + stepsPerPack);
    const id = `hostile-${k}`;
    const p = payloads[start]!;
    const head = {
      summary: packText(p, 'summary', counts) ?? 'Hostile strings in every field.',
      author: packText(p, 'author', counts) ?? 'Console Coach security suite',
      authorUrl: packText(p, 'authorUrl', counts),
      pageTitle: packText(p, 'pageTitle', counts) ?? 'A hostile page',
    };
    // The first step of each pack happens on the pack's own page, so its title is drawn.
    chunk = chunk.map((s, n) => (n === 0 ? { ...s, page: 'hostile.page' } : s));
    let text = JSON.stringify(packSource(id, chunk, head));
    while (text.length > LIMITS.fileBytes) {
      chunk = chunk.slice(0, Math.floor(chunk.length * 0.8));
      text = JSON.stringify(packSource(id, chunk, head));
    }
    const loaded = loadPack(text, { knownPages: KNOWN_PAGES });
    if (!loaded.ok) throw new Error(`${id}: ${loaded.problems.map((q) => `${q.path} ${q.message}`).join('; ')}`);
    files.push({ name: `${id}.json`, text, id, stepIds: chunk.map((s) => s.id) });
    start += chunk.length;
  }
  return { files, ...counts };
}
