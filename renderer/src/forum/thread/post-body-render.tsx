import type { ReactNode } from 'react';
import {
  isSafeLinkUrl,
  type BlockNode,
  type InlineNode,
  type ListItemNode,
  type PostBody,
} from '../../../../shared/forum/post-body';
import type { QueryPlan } from '../../../../shared/search/query';
import { findPlan, markedPieces } from './find-marks';

/** Lexical's text format bits (lexical's IS_BOLD…): the ones a post shows. */
const FORMAT = { bold: 1, italic: 2, strikethrough: 4, underline: 8, code: 16, subscript: 32, superscript: 64 };

/** Words searched for (quick find, forum search) marked in the text: `<mark>`, which screen readers read as the text. */
function markedText(text: string, plan: QueryPlan | null): ReactNode {
  if (!plan) return text;
  const pieces = markedPieces(text, plan);
  if (pieces.length === 1 && !pieces[0]!.marked) return text;
  return pieces.map((piece, index) =>
    piece.marked ? (
      <mark key={index} className="find-mark">
        {piece.text}
      </mark>
    ) : (
      piece.text
    ),
  );
}

/** Text with its formats as nested elements: `<strong><em>text</em></strong>`. */
function formattedText(text: string, format: number, key: string, plan: QueryPlan | null): ReactNode {
  let node: ReactNode = markedText(text, plan);
  if (format & FORMAT.code) node = <code className="post-code">{node}</code>;
  if (format & FORMAT.subscript) node = <sub>{node}</sub>;
  if (format & FORMAT.superscript) node = <sup>{node}</sup>;
  if (format & FORMAT.strikethrough) node = <s>{node}</s>;
  if (format & FORMAT.underline) node = <u>{node}</u>;
  if (format & FORMAT.italic) node = <em>{node}</em>;
  if (format & FORMAT.bold) node = <strong>{node}</strong>;
  return <span key={key}>{node}</span>;
}

function inline(nodes: readonly InlineNode[], prefix: string, plan: QueryPlan | null): ReactNode[] {
  return nodes.map((node, index) => {
    const key = `${prefix}.${index}`;
    switch (node.type) {
      case 'text':
      case 'code-highlight':
        return formattedText(node.text, node.format, key, plan);
      case 'mention':
        // The name as written when it was posted: a post never changes after the author sent it.
        return (
          <span key={key} className="mention-chip" data-user-id={node.userId}>
            {node.text}
          </span>
        );
      case 'linebreak':
        return <br key={key} />;
      case 'tab':
        return <span key={key}>{'\t'}</span>;
      case 'link':
      case 'autolink':
        // Checked again here although the body was validated: a link is the one thing that leaves the app.
        if (!isSafeLinkUrl(node.url)) return <span key={key}>{inline(node.children, key, plan)}</span>;
        return (
          <a key={key} href={node.url} className="post-link" data-external-link="">
            {inline(node.children, key, plan)}
          </a>
        );
    }
  });
}

/** What a check item's state reads as, in the UI's language (the renderer has no `t`). */
export type CheckLabels = { checked: string; unchecked: string };

/** What a body is rendered with: the check labels, and the words to mark (null: none). */
type Context = { labels: CheckLabels; plan: QueryPlan | null };

function listItem(item: ListItemNode, checkList: boolean, key: string, context: Context): ReactNode {
  const { labels, plan } = context;
  const nested = item.children.filter((child) => child.type === 'list');
  const text = item.children.filter((child) => child.type !== 'list') as InlineNode[];
  const checked = checkList ? Boolean(item.checked) : undefined;
  return (
    <li key={key} className={checkList ? (checked ? 'post-check checked' : 'post-check') : undefined}>
      {checkList && (
        <>
          <span className="post-check-mark" aria-hidden="true">
            {checked ? '☑' : '☐'}
          </span>
          <span className="visually-hidden">{checked ? labels.checked : labels.unchecked} </span>
        </>
      )}
      {inline(text, key, plan)}
      {nested.map((list, index) => block(list, `${key}.l${index}`, context))}
    </li>
  );
}

function block(node: BlockNode, key: string, context: Context): ReactNode {
  const { plan } = context;
  switch (node.type) {
    case 'paragraph':
      return <p key={key}>{inline(node.children, key, plan)}</p>;
    case 'heading': {
      // A post's headings sit under the thread's h2 and the post's own heading: they start at h4.
      const level = Math.min(6, Number(node.tag.slice(1)) + 3);
      const Tag = `h${level}` as 'h4' | 'h5' | 'h6';
      return (
        <Tag key={key} className={`post-heading post-${node.tag}`}>
          {inline(node.children, key, plan)}
        </Tag>
      );
    }
    case 'quote':
      return <blockquote key={key}>{inline(node.children, key, plan)}</blockquote>;
    case 'code':
      return (
        <pre key={key} className="post-code-block">
          <code>{inline(node.children, key, plan)}</code>
        </pre>
      );
    case 'list': {
      const items = node.children.map((item, index) =>
        listItem(item, node.listType === 'check', `${key}.${index}`, context),
      );
      return node.listType === 'number' ? (
        <ol key={key} start={node.start !== 1 ? node.start : undefined}>
          {items}
        </ol>
      ) : (
        <ul key={key} className={node.listType === 'check' ? 'post-check-list' : undefined}>
          {items}
        </ul>
      );
    }
  }
}

/**
 * A validated post body as React elements: never HTML strings. Links carry no handler (the
 * thread opens them through the host, from one listener), so what this returns can be cached.
 * With `find`, the words it matches (as the search index matches them) are marked.
 */
export function renderPostBody(body: PostBody, labels: CheckLabels, find?: string | null): ReactNode {
  const context: Context = { labels, plan: findPlan(find) };
  return body.root.children.map((node, index) => block(node, `b${index}`, context));
}

const cache = new Map<string, ReactNode>();
const CACHE_LIMIT = 5_000;

/**
 * The rendered body of one version of a post, kept while the thread is open: a thread
 * re-reads every post on each change to its room, and only a post whose `version` differs
 * (an edit, a hide) is rendered again. `version` must change whenever the body does. The words
 * marked (`find`) are part of the key: the same version marked and unmarked are two entries.
 */
export function renderedPostBody(
  version: string,
  body: PostBody,
  labels: CheckLabels,
  find?: string | null,
): ReactNode {
  const marking = find?.trim() ?? '';
  const key = `${version}\u0000${labels.checked}\u0000${marking}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const rendered = renderPostBody(body, labels, marking);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(key, rendered);
  return rendered;
}
