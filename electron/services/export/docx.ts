import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { LexicalEditor } from 'lexical';
import { wordLanguage, type ExportMeta, type ResolveImage } from './document-meta';

/** The serialized editor state, read loosely: export must not fail on a field it does not know. */
type Json = { type: string; children?: Json[]; [field: string]: unknown };

const HEADINGS = {
  h1: HeadingLevel.HEADING_1,
  h2: HeadingLevel.HEADING_2,
  h3: HeadingLevel.HEADING_3,
  h4: HeadingLevel.HEADING_4,
  h5: HeadingLevel.HEADING_5,
  h6: HeadingLevel.HEADING_6,
} as const;
const BOLD = 1;
const ITALIC = 2;
const STRIKE = 4;
const UNDERLINE = 8;
const CODE = 16;
const SAFE_LINK = /^(https?:|mailto:)/i;
const DOCX_IMAGE_TYPES = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif' } as const;

/** Width and height of a PNG, or null (the image node usually carries them). */
function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 24 || bytes[0] !== 0x89 || bytes[1] !== 0x50) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

class DocxWriter {
  private numberedLists = 0;
  private readonly images = new Map<string, Awaited<ReturnType<ResolveImage>>>();

  constructor(
    private readonly meta: ExportMeta,
    private readonly resolveImage: ResolveImage,
  ) {}

  async preload(node: Json): Promise<void> {
    if (node.type === 'image' && typeof node.src === 'string' && !this.images.has(node.src))
      this.images.set(node.src, await this.resolveImage(node.src));
    for (const child of node.children ?? []) await this.preload(child);
  }

  private run(text: string, format: number, link = false): TextRun {
    return new TextRun({
      text,
      bold: (format & BOLD) !== 0,
      italics: (format & ITALIC) !== 0,
      strike: (format & STRIKE) !== 0,
      ...((format & UNDERLINE) !== 0 && { underline: {} }),
      ...((format & CODE) !== 0 && { font: 'Consolas' }),
      ...(link && { style: 'Hyperlink' }),
      language: { value: wordLanguage(this.meta.language) },
    });
  }

  private image(node: Json): ParagraphChild {
    const altText = typeof node.altText === 'string' ? node.altText : '';
    const found = typeof node.src === 'string' ? this.images.get(node.src) : null;
    const type = found ? DOCX_IMAGE_TYPES[found.contentType as keyof typeof DOCX_IMAGE_TYPES] : undefined;
    if (!found || !type) return this.run(`[${altText}]`, 0);
    const size = pngSize(found.bytes);
    const width = typeof node.width === 'number' ? node.width : (size?.width ?? 480);
    const height = typeof node.height === 'number' ? node.height : (size?.height ?? 360);
    // At most the text's width (about 6 inches at 96 dpi), keeping the shape.
    const scale = Math.min(1, 576 / width);
    return new ImageRun({
      type,
      data: found.bytes,
      transformation: { width: Math.round(width * scale), height: Math.round(height * scale) },
      altText: { name: altText.slice(0, 60) || 'Image', description: altText, title: altText },
    });
  }

  private inline(nodes: Json[], format = 0, link = false): ParagraphChild[] {
    return nodes.flatMap((node): ParagraphChild[] => {
      switch (node.type) {
        case 'text':
        case 'code-highlight':
          return [this.run(String(node.text ?? ''), Number(node.format ?? 0) | format, link)];
        case 'linebreak':
          return [new TextRun({ break: 1 })];
        case 'tab':
          return [new TextRun({ text: '\t' })];
        case 'link':
        case 'autolink': {
          const url = String(node.url ?? '');
          const children = this.inline(node.children ?? [], format, SAFE_LINK.test(url));
          return SAFE_LINK.test(url) ? [new ExternalHyperlink({ link: url, children })] : children;
        }
        case 'image':
          return [this.image(node)];
        default:
          return this.inline(node.children ?? [], format, link);
      }
    });
  }

  private list(node: Json, level: number, instance?: number): Paragraph[] {
    const numbered = node.listType === 'number';
    const checks = node.listType === 'check';
    const mine = numbered ? (instance ?? ++this.numberedLists) : undefined;
    return (node.children ?? []).flatMap((item) => {
      const nested = (item.children ?? []).filter((child) => child.type === 'list');
      const inline = (item.children ?? []).filter((child) => child.type !== 'list');
      const out: Paragraph[] = [];
      if (inline.length > 0 || nested.length === 0) {
        const mark = checks ? [this.run(item.checked === true ? '☑ ' : '☐ ', 0)] : [];
        out.push(
          new Paragraph({
            children: [...mark, ...this.inline(inline)],
            ...(numbered
              ? { numbering: { reference: 'numbered', level: Math.min(level, 8), instance: mine! } }
              : { bullet: { level: Math.min(level, 8) } }),
          }),
        );
      }
      for (const child of nested) out.push(...this.list(child, level + 1));
      return out;
    });
  }

  private table(node: Json): Table {
    const rows = node.children ?? [];
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: rows.map(
        (row, index) =>
          new TableRow({
            // A header row repeats on each page and tells screen readers what each column is.
            tableHeader: index === 0 && (row.children ?? []).some((cell) => Number(cell.headerState ?? 0) & 1),
            children: (row.children ?? []).map((cell) => {
              const header = Number(cell.headerState ?? 0) !== 0;
              const blocks = (cell.children ?? []).flatMap((child) => this.block(child, header ? BOLD : 0));
              return new TableCell({
                children: blocks.length > 0 ? blocks : [new Paragraph({})],
                ...(Number(cell.colSpan ?? 1) > 1 && { columnSpan: Number(cell.colSpan) }),
              });
            }),
          }),
      ),
    });
  }

  block(node: Json, format = 0): Array<Paragraph | Table> {
    switch (node.type) {
      case 'heading': {
        const level = HEADINGS[String(node.tag) as keyof typeof HEADINGS] ?? HeadingLevel.HEADING_1;
        return [new Paragraph({ heading: level, children: this.inline(node.children ?? []) })];
      }
      case 'quote':
        return [new Paragraph({ style: 'Quote', children: this.inline(node.children ?? []) })];
      case 'code':
        return [new Paragraph({ children: this.inline(node.children ?? [], CODE) })];
      case 'list':
        return this.list(node, 0);
      case 'table':
        return [this.table(node)];
      case 'image':
        return [new Paragraph({ children: [this.image(node)] })];
      default:
        return [new Paragraph({ children: this.inline(node.children ?? [], format) })];
    }
  }
}

/** A Word document with heading styles, real lists, hyperlinks, header rows, alt text, its language and its title. */
export async function docxFromEditor(
  editor: LexicalEditor,
  meta: ExportMeta,
  resolveImage: ResolveImage,
): Promise<Uint8Array> {
  const root = editor.getEditorState().toJSON().root as unknown as Json;
  const writer = new DocxWriter(meta, resolveImage);
  await writer.preload(root);
  const language = { value: wordLanguage(meta.language) };
  const document = new Document({
    title: meta.title,
    creator: meta.authors.join(', ') || 'Branchline',
    lastModifiedBy: meta.authors[0] ?? 'Branchline',
    styles: {
      default: { document: { run: { language, font: 'Arial', size: 24 } } },
      paragraphStyles: [
        {
          id: 'Quote',
          name: 'Quote',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { italics: true, language },
          paragraph: { indent: { left: 720 } },
        },
      ],
    },
    numbering: {
      config: [
        {
          reference: 'numbered',
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [{ children: (root.children ?? []).flatMap((node) => writer.block(node)) }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
