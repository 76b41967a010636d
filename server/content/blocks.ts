/** A small, plain description of rich content, for templates and demo documents. */
export type Inline = string | { text: string; bold?: true; italic?: true; link?: string };

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  | { type: 'paragraph'; content: Inline[] }
  | { type: 'bullets' | 'numbers' | 'checks'; items: string[] }
  | { type: 'quote'; text: string };
