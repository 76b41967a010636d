import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { PostView } from '../../../../shared/forum/forum-rooms';
import { plainPostBody, readPostBody, type PostBody } from '../../../../shared/forum/post-body';
import type { OutboxEntry } from '../../../../shared/ipc/contract';
import { renderedPostBody, renderPostBody } from './post-body-render';
import { pendingInThread, pendingReactions, postExcerpt, visiblePosts } from './thread-view';

const labels = { checked: 'Done:', unchecked: 'Not done:' };
const text = (value: string, format = 0) => ({
  type: 'text',
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
});
const block = { direction: null, format: '', indent: 0, version: 1 };

function body(children: unknown[]): PostBody {
  const read = readPostBody({ root: { type: 'root', ...block, children } });
  if (!read.ok) throw new Error(read.problem);
  return read.body;
}

describe('renderPostBody', () => {
  it('renders formats, mentions, links, headings, quotes, code and check lists as elements', () => {
    const html = renderToStaticMarkup(
      <>
        {renderPostBody(
          body([
            {
              type: 'paragraph',
              ...block,
              children: [
                text('bold', 1),
                text('both', 3),
                text('struck', 4),
                text('under', 8),
                text('code', 16),
                { ...text('@Ann Jones'), type: 'mention', userId: 'user-ann-0001', mode: 'token' },
                { type: 'link', url: 'https://example.org/', ...block, children: [text('a link')] },
              ],
            },
            { type: 'heading', tag: 'h1', ...block, children: [text('Title')] },
            { type: 'quote', ...block, children: [text('Quoted')] },
            { type: 'code', language: null, ...block, children: [text('let x = 1;')] },
            {
              type: 'list',
              listType: 'check',
              start: 1,
              tag: 'ul',
              ...block,
              children: [
                { type: 'listitem', value: 1, checked: true, ...block, children: [text('done')] },
                { type: 'listitem', value: 2, checked: false, ...block, children: [text('to do')] },
              ],
            },
          ]),
          labels,
        )}
      </>,
    );
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<strong><em>both</em></strong>');
    expect(html).toContain('<s>struck</s>');
    expect(html).toContain('<u>under</u>');
    expect(html).toContain('<code class="post-code">code</code>');
    expect(html).toContain('<span class="mention-chip" data-user-id="user-ann-0001">@Ann Jones</span>');
    expect(html).toContain('<a href="https://example.org/" class="post-link" data-external-link="">');
    expect(html).toContain('<h4 class="post-heading post-h1">');
    expect(html).toContain('<blockquote>');
    expect(html).toContain('<pre class="post-code-block">');
    expect(html).toContain('Done: </span>');
    expect(html).toContain('Not done: </span>');
  });

  it('never turns text into HTML, and drops a link that is not web or mail', () => {
    const hostile = {
      root: {
        type: 'root',
        ...block,
        children: [
          {
            type: 'paragraph',
            ...block,
            children: [
              text('<img src=x onerror=alert(1)>'),
              { type: 'link', url: 'javascript:alert(1)', ...block, children: [text('click')] },
            ],
          },
        ],
      },
    } as unknown as PostBody;
    const html = renderToStaticMarkup(<>{renderPostBody(hostile, labels)}</>);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<a');
    expect(html).not.toContain('javascript:');
  });

  it('reuses what it rendered for the same version of a post', () => {
    const post = plainPostBody('Hello');
    expect(renderedPostBody('p1:v1', post, labels)).toBe(renderedPostBody('p1:v1', post, labels));
    expect(renderedPostBody('p1:v2', post, labels)).not.toBe(renderedPostBody('p1:v1', post, labels));
  });

  it('marks the words searched for, in formatted text and links too, and caches marked and unmarked apart', () => {
    const marked = body([
      {
        type: 'paragraph',
        ...block,
        children: [
          text('Bilingual '),
          text('reading', 1),
          { type: 'link', url: 'https://example.org/', ...block, children: [text('reading lists')] },
        ],
      },
    ]);
    const html = renderToStaticMarkup(<>{renderedPostBody('p2:v1', marked, labels, 'Reading')}</>);
    expect(html).toContain('<strong><mark class="find-mark">reading</mark></strong>');
    expect(html).toContain('<mark class="find-mark">reading</mark> lists</span></a>');
    expect(html).not.toContain('<mark class="find-mark">Bilingual');
    const plain = renderToStaticMarkup(<>{renderedPostBody('p2:v1', marked, labels)}</>);
    expect(plain).not.toContain('<mark');
    expect(renderedPostBody('p2:v1', marked, labels, 'reading')).not.toBe(renderedPostBody('p2:v1', marked, labels));
    expect(renderedPostBody('p2:v1', marked, labels, 'reading')).toBe(
      renderedPostBody('p2:v1', marked, labels, 'reading'),
    );
    expect(renderedPostBody('p2:v1', marked, labels, '   ')).toBe(renderedPostBody('p2:v1', marked, labels));
  });
});

function post(seq: number): PostView {
  return {
    id: `post-${String(seq).padStart(6, '0')}`,
    seq,
    authorId: 'user-ann-0001',
    createdAt: '2026-01-01T00:00:00.000Z',
    body: plainPostBody(`Post ${seq}`),
    replyTo: null,
    editedAt: null,
    deleted: false,
    hidden: null,
    reactions: {},
    made: { userId: 'user-ann-0001', key: 'k'.repeat(16), request: 'r' },
  };
}

describe('thread view', () => {
  const posts = Array.from({ length: 250 }, (_, index) => post(index + 1));

  it('shows the last page, and reaches back to a post asked for', () => {
    expect(visiblePosts(posts, 100, null)).toMatchObject({ hiddenBefore: 150 });
    expect(visiblePosts(posts, 100, null).posts[0]!.seq).toBe(151);
    const back = visiblePosts(posts, 100, 'post-000020');
    expect(back.posts.some((one) => one.id === 'post-000020')).toBe(true);
    expect(visiblePosts(posts.slice(0, 10), 100, null)).toMatchObject({ hiddenBefore: 0 });
  });

  it('shortens an excerpt on a word boundary with an ellipsis', () => {
    expect(postExcerpt({ body: plainPostBody('a '.repeat(200)) }, 20)).toMatch(/…$/);
    expect(postExcerpt({ body: null })).toBeNull();
  });

  it('finds the outbox entries that belong to this thread, a new thread included', () => {
    const entry = (id: string, change: unknown, state: 'waiting' | 'refused' = 'waiting') =>
      ({
        id,
        userId: 'user-ann-0001',
        change,
        queuedAt: '2026-01-01T00:00:00.000Z',
        state,
        refusal: null,
        attempts: 0,
        lastTriedAt: null,
      }) as OutboxEntry;
    const entries = [
      entry('a'.repeat(16), { kind: 'create-document', spaceId: 'space-00001', title: 'Doc' }),
      entry('b'.repeat(16), {
        kind: 'forum-create-thread',
        spaceId: 'space-00001',
        request: {
          threadId: 'thread-0001',
          postId: 'post-000001',
          categoryId: 'cat-00001',
          title: 'T',
          body: plainPostBody('x'),
        },
      }),
      entry('c'.repeat(16), {
        kind: 'forum-react',
        spaceId: 'space-00001',
        threadId: 'thread-0001',
        postId: 'post-000001',
        reaction: 'heart',
        on: true,
      }),
      entry('d'.repeat(16), {
        kind: 'forum-react',
        spaceId: 'space-00001',
        threadId: 'thread-0002',
        postId: 'post-000009',
        reaction: 'heart',
        on: true,
      }),
    ];
    const mine = pendingInThread(entries, 'thread-0001');
    expect(mine.map((one) => one.id)).toEqual(['b'.repeat(16), 'c'.repeat(16)]);
    expect(pendingReactions(mine)).toEqual(new Map([['post-000001:heart', true]]));
  });
});
