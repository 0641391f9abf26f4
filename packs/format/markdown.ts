import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes as MdastNode, PhrasingContent, RootContent } from 'mdast';
import type { Block, BodyTree, Inline } from './markdown-tree';
import { checkLink } from './links';
import type { ProblemRef } from './problem-catalogue';

/** A problem in a body, at a line and column of the body text (1-based). */
export interface BodyProblem {
  line: number;
  column: number;
  problem: ProblemRef;
}

/** Markdown node types outside the subset, with the catalogue problem each one is. */
const NOT_ALLOWED: Record<string, ProblemRef> = {
  html: { code: 'body-html', params: {} },
  image: { code: 'body-image', params: {} },
  imageReference: { code: 'body-image', params: {} },
  heading: { code: 'body-heading', params: {} },
  blockquote: { code: 'body-blockquote', params: {} },
  table: { code: 'body-table', params: {} },
  thematicBreak: { code: 'body-rule', params: {} },
  linkReference: { code: 'body-reference-link', params: {} },
  definition: { code: 'body-link-definition', params: {} },
  footnoteReference: { code: 'body-footnote', params: {} },
  footnoteDefinition: { code: 'body-footnote', params: {} },
  delete: { code: 'body-strikethrough', params: {} },
};

export function parseBody(markdown: string): { tree: BodyTree; problems: BodyProblem[] } {
  const problems: BodyProblem[] = [];
  const reject = (node: MdastNode, problem: ProblemRef) => problems.push({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, problem });

  function inline(nodes: PhrasingContent[]): Inline[] {
    const out: Inline[] = [];
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
          out.push({ type: 'text', value: node.value });
          break;
        case 'emphasis':
        case 'strong':
          out.push({ type: node.type, children: inline(node.children) });
          break;
        case 'inlineCode':
          out.push({ type: 'code', value: node.value });
          break;
        case 'break':
          out.push({ type: 'break' });
          break;
        case 'link': {
          const link = checkLink(node.url);
          if (link.ok) out.push({ type: 'link', href: link.url.href, host: link.url.hostname, children: inline(node.children) });
          else reject(node, link.problem);
          break;
        }
        default:
          notAllowed(node);
      }
    }
    return out;
  }

  function notAllowed(node: MdastNode) {
    reject(node, NOT_ALLOWED[node.type] ?? { code: 'body-markdown', params: { kind: node.type } });
  }

  function blocks(nodes: RootContent[]): Block[] {
    const out: Block[] = [];
    for (const node of nodes) {
      if (node.type === 'paragraph') out.push({ type: 'paragraph', children: inline(node.children) });
      else if (node.type === 'code') out.push({ type: 'codeBlock', value: node.value });
      else if (node.type === 'list') {
        out.push({ type: 'list', ordered: node.ordered === true, items: node.children.map((item) => blocks(item.children)) });
      } else notAllowed(node);
    }
    return out;
  }

  const root = fromMarkdown(markdown);
  return { tree: blocks(root.children), problems };
}
