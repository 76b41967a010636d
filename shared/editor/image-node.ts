import {
  $applyNodeReplacement,
  $createTextNode,
  DecoratorNode,
  type DOMConversionMap,
  type DOMConversionOutput,
  type DOMExportOutput,
  type EditorConfig,
  type LexicalEditor,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
  type SerializedLexicalNode,
  type Spread,
} from 'lexical';

/** An image stored on the server, named by the sha256 of its bytes (server/http/image-routes.ts). */
export const IMAGE_SRC_PREFIX = 'branchline-image:';
const HASH = /^[0-9a-f]{64}$/;

export const imageSrc = (hash: string) => `${IMAGE_SRC_PREFIX}${hash}`;
/** The sha256 hex an image node's `src` names, or null when it names none. */
export function imageHash(src: string): string | null {
  if (!src.startsWith(IMAGE_SRC_PREFIX)) return null;
  const hash = src.slice(IMAGE_SRC_PREFIX.length);
  return HASH.test(hash) ? hash : null;
}

/**
 * The image node's JSON, fixed (the export helper codes against it). `altText` '' means the
 * person said the image is decorative; width and height are CSS pixels when set.
 */
export type SerializedImageNode = Spread<
  { src: string; altText: string; width?: number; height?: number },
  SerializedLexicalNode
>;

/**
 * The element an image is drawn in; the renderer sets the function that draws it
 * (renderer/src/editor/media/ImageView.tsx). shared/ has no React and no DOM: the server's
 * headless editor registers this same class and never draws one.
 */
let drawImage: ((node: ImageNode) => unknown) | null = null;
export function setImageDrawing(draw: ((node: ImageNode) => unknown) | null): void {
  drawImage = draw;
}

/** The document an element is made in, from the editor (shared/ has no DOM globals). */
type ElementMaker = { createElement(tag: string): { setAttribute(name: string, value: string): void } };
function documentOf(editor: LexicalEditor): ElementMaker | null {
  const root = editor.getRootElement() as { ownerDocument?: ElementMaker } | null;
  return root?.ownerDocument ?? (globalThis as { document?: ElementMaker }).document ?? null;
}

type ImageElement = { getAttribute(name: string): string | null; width?: number; height?: number };

/**
 * `<img>` from pasted HTML. Only images already stored (`branchline-image:`, which the paste
 * plugin makes of data: URLs before this runs) become image nodes; a remote or local-file image
 * is not fetched: its alt text stays as text, and one without alt text is dropped.
 */
function convertImage(element: unknown): DOMConversionOutput {
  const image = element as ImageElement;
  const src = image.getAttribute('src') ?? '';
  const altText = (image.getAttribute('alt') ?? '').trim();
  if (imageHash(src)) {
    const width = Number(image.getAttribute('width')) || undefined;
    const height = Number(image.getAttribute('height')) || undefined;
    return { node: $createImageNode({ src, altText, width, height }) };
  }
  return { node: altText ? $createTextNode(altText) : null };
}

export class ImageNode extends DecoratorNode<unknown> {
  __src: string;
  __altText: string;
  __width: number | undefined;
  __height: number | undefined;

  static override getType(): string {
    return 'image';
  }

  static override clone(node: ImageNode): ImageNode {
    return new ImageNode(node.__src, node.__altText, node.__width, node.__height, node.__key);
  }

  static override importJSON(json: SerializedImageNode): ImageNode {
    return $createImageNode(json).updateFromJSON(json);
  }

  static override importDOM(): DOMConversionMap | null {
    return { img: () => ({ conversion: convertImage, priority: 0 }) };
  }

  constructor(src = '', altText = '', width?: number, height?: number, key?: NodeKey) {
    super(key);
    this.__src = src;
    this.__altText = altText;
    this.__width = width;
    this.__height = height;
  }

  override updateFromJSON(json: LexicalUpdateJSON<SerializedImageNode>): this {
    return super.updateFromJSON(json);
  }

  override exportJSON(): SerializedImageNode {
    return {
      ...super.exportJSON(),
      type: 'image',
      version: 1,
      src: this.getSrc(),
      altText: this.getAltText(),
      ...(this.__width !== undefined && { width: this.__width }),
      ...(this.__height !== undefined && { height: this.__height }),
    };
  }

  override exportDOM(editor: LexicalEditor): DOMExportOutput {
    const maker = documentOf(editor);
    if (!maker) return { element: null };
    const element = maker.createElement('img');
    element.setAttribute('src', this.getSrc());
    element.setAttribute('alt', this.getAltText());
    if (this.__width) element.setAttribute('width', String(this.__width));
    if (this.__height) element.setAttribute('height', String(this.__height));
    return { element: element as DOMExportOutput['element'] };
  }

  override createDOM(config: EditorConfig, editor: LexicalEditor): never {
    const maker = documentOf(editor);
    const span = maker!.createElement('span');
    span.setAttribute('class', config.theme.image ?? 'editor-image');
    return span as never;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): boolean {
    return true;
  }

  getSrc(): string {
    return this.getLatest().__src;
  }

  getAltText(): string {
    return this.getLatest().__altText;
  }

  getSize(): { width?: number; height?: number } {
    const latest = this.getLatest();
    return { width: latest.__width, height: latest.__height };
  }

  setAltText(altText: string): this {
    const writable = this.getWritable();
    writable.__altText = altText;
    return writable;
  }

  override getTextContent(): string {
    return '';
  }

  override decorate(): unknown {
    return drawImage ? drawImage(this) : null;
  }
}

export function $createImageNode({
  src,
  altText,
  width,
  height,
}: {
  src: string;
  altText: string;
  width?: number;
  height?: number;
}): ImageNode {
  return $applyNodeReplacement(new ImageNode(src, altText, width, height));
}

export function $isImageNode(node: LexicalNode | null | undefined): node is ImageNode {
  return node instanceof ImageNode;
}
