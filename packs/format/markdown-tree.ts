/**
 * The Markdown subset a step body may use, as a plain tree that the overlay and the popup render
 * as Preact nodes, never as HTML strings. Parsed once, where packs enter (`markdown.ts`), so the
 * content script carries no Markdown parser.
 */
export type Inline =
  | { type: 'text'; value: string }
  | { type: 'emphasis'; children: Inline[] }
  | { type: 'strong'; children: Inline[] }
  | { type: 'code'; value: string }
  | { type: 'link'; href: string; host: string; children: Inline[] }
  | { type: 'break' };

export type Block =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; items: Block[][] }
  | { type: 'codeBlock'; value: string };

export type BodyTree = Block[];
