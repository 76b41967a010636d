import {
  $applyNodeReplacement,
  TextNode,
  type EditorConfig,
  type LexicalNode,
  type NodeKey,
  type SerializedTextNode,
  type Spread,
} from 'lexical';

/** A mention as the composer writes it: the `mention` node of shared/forum/post-body.ts. */
export type SerializedMentionNode = Spread<{ type: 'mention'; userId: string }, SerializedTextNode>;

/**
 * `@Name` of a member of the space. A token: the caret steps over it and Backspace removes it
 * whole, so the name always matches the person it points at. Its JSON is the server's `mention`
 * (the text fields plus `userId`), so `editorState.toJSON()` is a body the server accepts.
 */
export class MentionNode extends TextNode {
  __userId: string;

  static override getType(): string {
    return 'mention';
  }

  static override clone(node: MentionNode): MentionNode {
    return new MentionNode(node.__userId, node.__text, node.__key);
  }

  static override importJSON(serialized: SerializedMentionNode): MentionNode {
    return $createMentionNode(serialized.userId, serialized.text).updateFromJSON(serialized);
  }

  constructor(userId: string, text: string, key?: NodeKey) {
    super(text, key);
    this.__userId = userId;
  }

  override exportJSON(): SerializedMentionNode {
    return { ...super.exportJSON(), type: 'mention', userId: this.getLatest().__userId };
  }

  getUserId(): string {
    return this.getLatest().__userId;
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const element = super.createDOM(config);
    element.className = 'mention-chip';
    element.dataset.userId = this.__userId;
    return element;
  }

  override isTextEntity(): true {
    return true;
  }

  override canInsertTextBefore(): boolean {
    return false;
  }

  override canInsertTextAfter(): boolean {
    return false;
  }
}

export function $createMentionNode(userId: string, name: string): MentionNode {
  const text = name.startsWith('@') ? name : `@${name}`;
  return $applyNodeReplacement(new MentionNode(userId, text).setMode('token'));
}

export function $isMentionNode(node: LexicalNode | null | undefined): node is MentionNode {
  return node instanceof MentionNode;
}
