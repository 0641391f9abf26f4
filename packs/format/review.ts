import type { Pack } from './load';
import type { Inline, Block } from './markdown-tree';
import type { PageDefinition } from './schema';

/** What a student sees before installing a pack: who wrote it, what it touches, where it links. */
export interface PackReview {
  id: string;
  title: string;
  summary: string;
  author: string;
  authorUrl?: string;
  version: string;
  estimatedMinutes: number;
  steps: number;
  manualSteps: number;
  /** Every console page the pack's steps happen on or wait for, with its title. */
  pages: { id: string; title: string }[];
  /** Every host the pack links to (bodies, links, author). */
  linkHosts: string[];
  /** The pack's cautions, with the step they belong to. */
  warnings: { step: string; text: string }[];
  identities: string[];
  regions: string[];
  /** When a version is already installed: which steps keep their progress. */
  update?: { installedVersion: string; keptSteps: number; droppedSteps: number };
}

function hostsOfInline(nodes: Inline[], into: Set<string>) {
  for (const node of nodes) {
    if (node.type === 'link') {
      into.add(node.host);
      hostsOfInline(node.children, into);
    } else if (node.type === 'emphasis' || node.type === 'strong') hostsOfInline(node.children, into);
  }
}

function hostsOfBlocks(blocks: Block[], into: Set<string>) {
  for (const block of blocks) {
    if (block.type === 'paragraph') hostsOfInline(block.children, into);
    else if (block.type === 'list') block.items.forEach((item) => hostsOfBlocks(item, into));
  }
}

export function reviewPack(pack: Pack, pages: readonly PageDefinition[], installed?: Pack): PackReview {
  const steps = pack.sections.flatMap((s) => s.steps);
  const pageIds = new Set<string>();
  const hosts = new Set<string>();
  if (pack.author.url) hosts.add(new URL(pack.author.url).hostname);
  for (const step of steps) {
    if (step.page) pageIds.add(step.page);
    const conditions = 'any' in step.done ? step.done.any : step.done.all;
    conditions.forEach((c) => c.page && pageIds.add(c.page));
    hostsOfBlocks(step.content, hosts);
    step.links?.forEach((link) => hosts.add(new URL(link.url).hostname));
  }
  const allPages = [...pages, ...(pack.pages ?? [])];
  const installedIds = installed ? new Set(installed.sections.flatMap((s) => s.steps.map((step) => step.id))) : null;
  const kept = installedIds ? steps.filter((s) => installedIds.has(s.id)).length : 0;
  return {
    id: pack.id,
    title: pack.title,
    summary: pack.summary,
    author: pack.author.name,
    authorUrl: pack.author.url,
    version: pack.version,
    estimatedMinutes: pack.estimatedMinutes,
    steps: steps.length,
    manualSteps: steps.filter((s) => !s.verifiable).length,
    pages: [...pageIds].map((id) => ({ id, title: allPages.find((p) => p.id === id)?.title ?? id })),
    linkHosts: [...hosts].sort(),
    warnings: steps.flatMap((s) => (s.warnings ?? []).map((text) => ({ step: s.title, text }))),
    identities: [...new Set(steps.flatMap((s) => (s.identity ? [s.identity] : [])))],
    regions: [...new Set(steps.flatMap((s) => (s.region ? [s.region] : [])))],
    ...(installed && installedIds ? { update: { installedVersion: installed.version, keptSteps: kept, droppedSteps: installedIds.size - kept } } : {}),
  };
}
