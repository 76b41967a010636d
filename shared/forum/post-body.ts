import { z } from 'zod';
import { UserId } from '../ids';

/**
 * A forum post's body: Lexical's serialized editor state (what `editorState.toJSON()` gives),
 * limited to the node types of the document editor (shared/editor/nodes.ts) plus `mention`.
 * The server validates every body with `readPostBody` before it stores it, and the app renders
 * a body from these validated fields alone (never as HTML). Unknown fields are dropped.
 */

export const POST_LIMITS = {
  /** The JSON as sent, in characters. */
  maxJsonChars: 64 * 1024,
  /** Characters of text across the whole body. */
  maxTextChars: 20_000,
  /** Nodes of every type. */
  maxNodes: 4_000,
  /** Levels below the root (a list inside a list item counts two). */
  maxDepth: 12,
} as const;

const ALLOWED_LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** Only web and mail addresses may be linked from a post. */
export function isSafeLinkUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return ALLOWED_LINK_PROTOCOLS.has(parsed.protocol);
  } catch {
    return false;
  }
}

const Direction = z.enum(['ltr', 'rtl']).nullable().catch(null);
const ElementFormat = z.union([z.string().max(16), z.number().int()]).catch('');
const Indent = z.number().int().min(0).max(10).catch(0);
const Version = z.number().int().catch(1);

const element = {
  direction: Direction,
  format: ElementFormat,
  indent: Indent,
  version: Version,
};

const textFields = {
  text: z.string().max(POST_LIMITS.maxTextChars),
  /** Lexical's bit set of bold, italic, underline, code…; the app maps known bits to elements. */
  format: z.number().int().min(0).max(0xffff).catch(0),
  detail: z.number().int().min(0).max(0xff).catch(0),
  mode: z.enum(['normal', 'token', 'segmented']).catch('normal'),
  /** Kept so the composer reopens what was written; the app never applies it when rendering. */
  style: z.string().max(200).catch(''),
  version: Version,
};

export const LinkUrl = z.string().max(2048).refine(isSafeLinkUrl, 'Links may only be http, https or mailto addresses.');

export type InlineNode =
  | ({ type: 'text' } & TextFields)
  | ({ type: 'code-highlight'; highlightType?: string | null } & TextFields)
  | ({ type: 'mention'; userId: string } & TextFields)
  | { type: 'linebreak'; version: number }
  | { type: 'tab'; version: number }
  | ({ type: 'link' | 'autolink'; url: string; children: InlineNode[] } & ElementFields);
type TextFields = { text: string; format: number; detail: number; mode: string; style: string; version: number };
type ElementFields = { direction: 'ltr' | 'rtl' | null; format: string | number; indent: number; version: number };

export type BlockNode =
  | ({ type: 'paragraph'; children: InlineNode[] } & ElementFields)
  | ({ type: 'heading'; tag: 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6'; children: InlineNode[] } & ElementFields)
  | ({ type: 'quote'; children: InlineNode[] } & ElementFields)
  | ({ type: 'code'; language?: string | null; children: InlineNode[] } & ElementFields)
  | ({
      type: 'list';
      listType: 'bullet' | 'number' | 'check';
      start: number;
      tag: 'ul' | 'ol';
      children: ListItemNode[];
    } & ElementFields);
export type ListItemNode = {
  type: 'listitem';
  value: number;
  checked?: boolean | undefined;
  children: Array<InlineNode | Extract<BlockNode, { type: 'list' }>>;
} & ElementFields;

export type PostBody = {
  root: { type: 'root'; children: BlockNode[] } & ElementFields;
};

const InlineNodeSchema: z.ZodType<InlineNode> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('text'), ...textFields }),
    z.object({ type: z.literal('code-highlight'), highlightType: z.string().max(40).nullish(), ...textFields }),
    /** `@Name` of a member of the space; the server notifies them if they may read the thread. */
    z.object({ type: z.literal('mention'), userId: UserId, ...textFields }),
    z.object({ type: z.literal('linebreak'), version: Version }),
    z.object({ type: z.literal('tab'), version: Version }),
    z.object({ type: z.literal('link'), url: LinkUrl, children: z.array(InlineNodeSchema), ...element }),
    z.object({ type: z.literal('autolink'), url: LinkUrl, children: z.array(InlineNodeSchema), ...element }),
  ]),
);

const ListSchema: z.ZodType<Extract<BlockNode, { type: 'list' }>> = z.lazy(() =>
  z.object({
    type: z.literal('list'),
    listType: z.enum(['bullet', 'number', 'check']),
    start: z.number().int().min(0).max(1_000_000).catch(1),
    tag: z.enum(['ul', 'ol']),
    children: z.array(ListItemSchema),
    ...element,
  }),
);

const ListItemSchema: z.ZodType<ListItemNode> = z.lazy(() =>
  z.object({
    type: z.literal('listitem'),
    value: z.number().int().min(0).max(1_000_000).catch(1),
    checked: z.boolean().optional(),
    children: z.array(z.union([InlineNodeSchema, ListSchema])),
    ...element,
  }),
);

const BlockNodeSchema: z.ZodType<BlockNode> = z.union([
  z.object({ type: z.literal('paragraph'), children: z.array(InlineNodeSchema), ...element }),
  z.object({
    type: z.literal('heading'),
    tag: z.enum(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']),
    children: z.array(InlineNodeSchema),
    ...element,
  }),
  z.object({ type: z.literal('quote'), children: z.array(InlineNodeSchema), ...element }),
  z.object({
    type: z.literal('code'),
    language: z.string().max(40).nullish(),
    children: z.array(InlineNodeSchema),
    ...element,
  }),
  ListSchema,
]);

export const PostBodySchema: z.ZodType<PostBody> = z.object({
  root: z.object({ type: z.literal('root'), children: z.array(BlockNodeSchema).min(1), ...element }),
});

export type PostBodyProblem = 'too_large' | 'too_deep' | 'too_many_nodes' | 'too_much_text' | 'empty' | 'invalid';

/**
 * Walks the parsed JSON without recursion before the schema sees it: a body nested thousands
 * deep, or with a million nodes, is refused here instead of costing the schema its stack.
 */
function shapeProblem(value: unknown): PostBodyProblem | null {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  let nodes = 0;
  let text = 0;
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (depth > POST_LIMITS.maxDepth * 2 + 4) return 'too_deep';
    if (Array.isArray(current)) {
      for (const item of current) stack.push({ value: item, depth: depth + 1 });
      continue;
    }
    const record = current as Record<string, unknown>;
    if (typeof record.type === 'string' && ++nodes > POST_LIMITS.maxNodes) return 'too_many_nodes';
    if (typeof record.text === 'string' && (text += record.text.length) > POST_LIMITS.maxTextChars)
      return 'too_much_text';
    for (const key of Object.keys(record)) stack.push({ value: record[key], depth: depth + 1 });
  }
  return null;
}

/**
 * Reads an untrusted post body (already parsed JSON): the body with unknown fields dropped,
 * or why it is refused. Used by the server on every post and edit, and by the app on every
 * body it reads from a room or its disk.
 */
export function readPostBody(value: unknown): { ok: true; body: PostBody } | { ok: false; problem: PostBodyProblem } {
  const shape = shapeProblem(value);
  if (shape) return { ok: false, problem: shape };
  const parsed = PostBodySchema.safeParse(value);
  if (!parsed.success) return { ok: false, problem: 'invalid' };
  if (postText(parsed.data).trim() === '' && mentionsIn(parsed.data).length === 0)
    return { ok: false, problem: 'empty' };
  return { ok: true, body: parsed.data };
}

/** A zod schema for bodies in requests and rooms: `readPostBody` as a refinement. */
export const PostBody = z.unknown().transform((value, context) => {
  const read = readPostBody(value);
  if (read.ok) return read.body;
  context.addIssue({ code: 'custom', message: POST_BODY_PROBLEMS[read.problem] });
  return z.NEVER;
});

export const POST_BODY_PROBLEMS: Record<PostBodyProblem, string> = {
  too_large: `A post may be at most ${POST_LIMITS.maxJsonChars} characters as sent.`,
  too_deep: `A post may nest lists at most ${POST_LIMITS.maxDepth} deep.`,
  too_many_nodes: `A post may hold at most ${POST_LIMITS.maxNodes} pieces of formatting.`,
  too_much_text: `A post may be at most ${POST_LIMITS.maxTextChars} characters long.`,
  empty: 'A post needs some text.',
  invalid:
    'The post’s content is not something the editor makes (unknown formatting, or a link that is not http, https or mailto).',
};

type AnyNode = InlineNode | BlockNode | ListItemNode;

function* walk(nodes: readonly AnyNode[]): Generator<AnyNode> {
  for (const node of nodes) {
    yield node;
    if ('children' in node) yield* walk(node.children as AnyNode[]);
  }
}

/** The post's text, blocks separated by new lines: for search, previews and notifications. */
export function postText(body: PostBody): string {
  const blocks: string[] = [];
  const inline = (nodes: readonly AnyNode[]): string =>
    nodes
      .map((node) => {
        if (node.type === 'linebreak') return '\n';
        if (node.type === 'tab') return '\t';
        if ('text' in node) return node.text;
        if (node.type === 'list') return '';
        return 'children' in node ? inline(node.children as AnyNode[]) : '';
      })
      .join('');
  const block = (node: BlockNode | ListItemNode) => {
    if (node.type === 'list') for (const item of node.children) block(item);
    else if (node.type === 'listitem') {
      blocks.push(inline(node.children as AnyNode[]));
      for (const child of node.children) if (child.type === 'list') block(child);
    } else blocks.push(inline(node.children));
  };
  for (const node of body.root.children) block(node);
  return blocks.join('\n');
}

/** The people a post mentions, each once, in the order first mentioned. */
export function mentionsIn(body: PostBody): string[] {
  const seen = new Set<string>();
  for (const node of walk(body.root.children)) if (node.type === 'mention') seen.add(node.userId);
  return [...seen];
}

/** A body of plain paragraphs (demo data, tests, a quote's fallback). */
export function plainPostBody(text: string): PostBody {
  const paragraphs = text.split(/\n{2,}/).filter((paragraph) => paragraph.trim() !== '');
  return {
    root: {
      type: 'root',
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
      children: paragraphs.map((paragraph) => ({
        type: 'paragraph',
        direction: 'ltr',
        format: '',
        indent: 0,
        version: 1,
        children: [{ type: 'text', text: paragraph, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
      })),
    },
  };
}
