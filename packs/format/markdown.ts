import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes as MdastNode, PhrasingContent, RootContent } from 'mdast';
import type { Block, BodyTree, Inline } from './markdown-tree';
import { checkLink } from './links';

/** A problem in a body, at a line and column of the body text (1-based). */
export interface BodyProblem {
  line: number;
  column: number;
  message: string;
  fix: string;
}

const NOT_ALLOWED: Record<string, { what: string; fix: string }> = {
  html: { what: 'Raw HTML', fix: 'Remove the HTML; use Markdown: *emphasis*, **strong**, `code`, lists and [links](https://docs.aws.amazon.com/).' },
  image: { what: 'Images', fix: 'Remove the image; describe what to look for in words.' },
  imageReference: { what: 'Images', fix: 'Remove the image; describe what to look for in words.' },
  heading: { what: 'Headings', fix: "Use the step's title, or **strong** text." },
  blockquote: { what: 'Block quotes', fix: 'Use a plain paragraph, or a `warnings` entry for cautions.' },
  table: { what: 'Tables', fix: 'Use a list.' },
  thematicBreak: { what: 'Horizontal rules', fix: 'Remove the rule; start a new paragraph instead.' },
  linkReference: { what: 'Reference-style links', fix: 'Write the link inline: [text](https://…).' },
  definition: { what: 'Link definitions', fix: 'Write the link inline: [text](https://…).' },
  footnoteReference: { what: 'Footnotes', fix: 'Put the note in the text.' },
  footnoteDefinition: { what: 'Footnotes', fix: 'Put the note in the text.' },
  delete: { what: 'Strikethrough', fix: 'Remove the strikethrough.' },
};

export function parseBody(markdown: string): { tree: BodyTree; problems: BodyProblem[] } {
  const problems: BodyProblem[] = [];
  const reject = (node: MdastNode, message: string, fix: string) =>
    problems.push({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, message, fix });

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
          else reject(node, link.message, link.fix);
          break;
        }
        default:
          notAllowed(node);
      }
    }
    return out;
  }

  function notAllowed(node: MdastNode) {
    const known = NOT_ALLOWED[node.type];
    reject(node, `${known?.what ?? `Markdown "${node.type}"`} cannot be used in a step body`, known?.fix ?? 'Use paragraphs, emphasis, code, lists and links.');
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
