import type { Pack } from './load';
import type { Inline, Block } from './markdown-tree';
import type { PageDefinition, UrlPattern } from './schema';
import { isAwsHost } from './links';

/** What a student sees before installing a pack: who wrote it, what it touches, where it links. */
export interface PackReview {
  id: string;
  title: string;
  summary: string;
  author: string;
  authorUrl?: string;
  version: string;
  estimatedMinutes: number;
  /** The month of the console the author last played the pack against ("2026-11"), if they said. */
  testedAgainst?: string;
  steps: number;
  manualSteps: number;
  /** Every console page the pack's steps happen on, wait for or look at for work done before, with its title. */
  pages: { id: string; title: string }[];
  /** Every host the pack links to (bodies, links, author). */
  linkHosts: string[];
  /** Every link to an AWS host, as its full address: there the path and query matter too. */
  awsLinks: string[];
  /** Pages the pack defines itself, with their addresses as text (where Go there can lead). */
  ownPages: { id: string; title: string; addresses: string[] }[];
  /** The pack's cautions, with the step they belong to. */
  warnings: { step: string; text: string }[];
  identities: string[];
  regions: string[];
  /** When a version is already installed: which steps keep their progress. */
  update?: { installedVersion: string; keptSteps: number; droppedSteps: number };
}

function linksOfInline(nodes: Inline[], into: Set<string>) {
  for (const node of nodes) {
    if (node.type === 'link') {
      into.add(node.href);
      linksOfInline(node.children, into);
    } else if (node.type === 'emphasis' || node.type === 'strong') linksOfInline(node.children, into);
  }
}

function linksOfBlocks(blocks: Block[], into: Set<string>) {
  for (const block of blocks) {
    if (block.type === 'paragraph') linksOfInline(block.children, into);
    else if (block.type === 'list') block.items.forEach((item) => linksOfBlocks(item, into));
  }
}

/** `console host, path /iam/home or /iamv2/home, hash /roles, query section=x`: every part, as text. */
export function describeAddress(url: UrlPattern): string {
  const parts = [`${url.host} host`, `path ${url.path.join(' or ')}`];
  if (url.hash) parts.push(`hash ${url.hash.map((h) => (h === '' ? '(empty)' : h)).join(' or ')}`);
  const query = Object.entries(url.query ?? {});
  if (query.length) parts.push(`query ${query.map(([key, value]) => `${key}=${value}`).join('&')}`);
  return parts.join(', ');
}

export function reviewPack(pack: Pack, pages: readonly PageDefinition[], installed?: Pack): PackReview {
  const steps = pack.sections.flatMap((s) => s.steps);
  const pageIds = new Set<string>();
  const links = new Set<string>();
  if (pack.author.url) links.add(new URL(pack.author.url).href);
  for (const section of pack.sections) if (section.alreadyDone) pageIds.add(section.alreadyDone.page);
  for (const step of steps) {
    if (step.page) pageIds.add(step.page);
    if (step.alreadyDone) pageIds.add(step.alreadyDone.page);
    const conditions = 'any' in step.done ? step.done.any : step.done.all;
    conditions.forEach((c) => c.page && pageIds.add(c.page));
    linksOfBlocks(step.content, links);
    step.links?.forEach((link) => links.add(new URL(link.url).href));
  }
  const addresses = [...links].map((href) => new URL(href));
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
    ...(pack.testedAgainst ? { testedAgainst: pack.testedAgainst } : {}),
    steps: steps.length,
    manualSteps: steps.filter((s) => !s.verifiable).length,
    pages: [...pageIds].map((id) => ({ id, title: allPages.find((p) => p.id === id)?.title ?? id })),
    linkHosts: [...new Set(addresses.map((url) => url.hostname))].sort(),
    awsLinks: addresses.filter((url) => isAwsHost(url.hostname)).map((url) => url.href).sort(),
    ownPages: (pack.pages ?? []).map((page) => ({ id: page.id, title: page.title, addresses: page.urls.map(describeAddress) })),
    warnings: steps.flatMap((s) => (s.warnings ?? []).map((text) => ({ step: s.title, text }))),
    identities: [...new Set(steps.flatMap((s) => (s.identity ? [s.identity] : [])))],
    regions: [...new Set(steps.flatMap((s) => (s.region ? [s.region] : [])))],
    ...(installed && installedIds ? { update: { installedVersion: installed.version, keptSteps: kept, droppedSteps: installedIds.size - kept } } : {}),
  };
}
