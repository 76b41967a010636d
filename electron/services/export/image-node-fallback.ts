import {
  DecoratorNode,
  type DOMExportOutput,
  type LexicalUpdateJSON,
  type NodeKey,
  type SerializedLexicalNode,
  type Spread,
} from 'lexical';

/**
 * The image node's JSON as the document schema fixes it (doc-media owns the editor's class):
 * `{ type: 'image', version: 1, src: 'branchline-image:<sha256>', altText, width?, height? }`.
 */
export type SerializedImage = Spread<
  { type: 'image'; version: 1; src: string; altText: string; width?: number; height?: number },
  SerializedLexicalNode
>;

/**
 * Stands in for doc-media's image node only where the shared node list has none yet, so the
 * headless export can read and write documents with images. It keeps the same JSON, which is
 * all export and import use (never the class's fields).
 */
export class FallbackImageNode extends DecoratorNode<null> {
  __src: string;
  __altText: string;
  __width: number | undefined;
  __height: number | undefined;

  static override getType(): string {
    return 'image';
  }

  static override clone(node: FallbackImageNode): FallbackImageNode {
    return new FallbackImageNode(node.__src, node.__altText, node.__width, node.__height, node.__key);
  }

  static override importJSON(json: SerializedImage): FallbackImageNode {
    return new FallbackImageNode(json.src, json.altText, json.width, json.height);
  }

  constructor(src = '', altText = '', width?: number, height?: number, key?: NodeKey) {
    super(key);
    this.__src = src;
    this.__altText = altText;
    this.__width = width;
    this.__height = height;
  }

  override updateFromJSON(json: LexicalUpdateJSON<SerializedImage>): this {
    return super.updateFromJSON(json);
  }

  override exportJSON(): SerializedImage {
    return {
      type: 'image',
      version: 1,
      src: this.__src,
      altText: this.__altText,
      ...(this.__width !== undefined && { width: this.__width }),
      ...(this.__height !== undefined && { height: this.__height }),
    };
  }

  override exportDOM(): DOMExportOutput {
    const image = document.createElement('img');
    image.setAttribute('src', this.__src);
    image.setAttribute('alt', this.__altText);
    if (this.__width) image.setAttribute('width', String(this.__width));
    if (this.__height) image.setAttribute('height', String(this.__height));
    return { element: image };
  }

  override createDOM(): HTMLElement {
    return document.createElement('span');
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): boolean {
    return false;
  }

  override decorate(): null {
    return null;
  }
}
