import type { ComponentChildren } from 'preact';
import type { Block, BodyTree, Inline } from '../packs/format/markdown-tree';
import { checkLink } from '../packs/format/links';

/** A step body, from its restricted Markdown tree to Preact nodes: text stays text, never HTML. */
export function StepBody({ tree }: { tree: BodyTree }) {
  return <div class="cc-body">{tree.map(block)}</div>;
}

function block(node: Block, key: number): ComponentChildren {
  switch (node.type) {
    case 'paragraph':
      return <p key={key}>{node.children.map(inline)}</p>;
    case 'codeBlock':
      return (
        <pre key={key}>
          <code>{node.value}</code>
        </pre>
      );
    case 'list': {
      const items = node.items.map((item, i) => <li key={i}>{item.map(block)}</li>);
      return node.ordered ? <ol key={key}>{items}</ol> : <ul key={key}>{items}</ul>;
    }
  }
}

function inline(node: Inline, key: number): ComponentChildren {
  switch (node.type) {
    case 'text':
      return node.value;
    case 'emphasis':
      return <em key={key}>{node.children.map(inline)}</em>;
    case 'strong':
      return <strong key={key}>{node.children.map(inline)}</strong>;
    case 'code':
      return <code key={key}>{node.value}</code>;
    case 'break':
      return <br key={key} />;
    case 'link':
      return <SafeLink key={key} href={node.href}>{node.children.map(inline)}</SafeLink>;
  }
}

/** Links are checked again where they are drawn, and always show the host they go to. */
export function SafeLink({ href, children }: { href: string; children: ComponentChildren }) {
  const link = checkLink(href);
  if (!link.ok) return <span>{children}</span>;
  return (
    <a href={link.url.href} target="_blank" rel="noopener noreferrer">
      {children} <span class="cc-host">({link.url.hostname})</span>
    </a>
  );
}
