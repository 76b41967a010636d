import { describe, expect, it } from 'vitest';
import { mentionsIn, plainPostBody, POST_LIMITS, postText, readPostBody } from './post-body';

const text = (value: string) => ({
  type: 'text',
  text: value,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
});
const paragraph = (...children: unknown[]) => ({
  type: 'paragraph',
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
});
const body = (...children: unknown[]) => ({
  root: { type: 'root', children, direction: 'ltr', format: '', indent: 0, version: 1 },
});

describe('post bodies', () => {
  it('reads what the composer makes: text, a mention, a link, a nested list', () => {
    const written = body(
      paragraph(text('Thanks '), { ...text('@Sam Okafor'), type: 'mention', userId: 'user_sam123', mode: 'token' }),
      paragraph({
        type: 'link',
        url: 'https://librariesconnected.org.uk',
        children: [text('the offers')],
        direction: 'ltr',
        format: '',
        indent: 0,
        version: 1,
      }),
      {
        type: 'list',
        listType: 'check',
        start: 1,
        tag: 'ul',
        direction: 'ltr',
        format: '',
        indent: 0,
        version: 1,
        children: [
          {
            type: 'listitem',
            value: 1,
            checked: true,
            children: [text('Book the room')],
            direction: 'ltr',
            format: '',
            indent: 0,
            version: 1,
          },
        ],
      },
    );
    const read = readPostBody(written);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(postText(read.body)).toBe('Thanks @Sam Okafor\nthe offers\nBook the room');
    expect(mentionsIn(read.body)).toEqual(['user_sam123']);
  });

  it('drops fields it does not know, and never keeps a script', () => {
    const read = readPostBody(body(paragraph({ ...text('hi'), onclick: 'alert(1)', __html: '<script>' })));
    expect(read.ok && JSON.stringify(read.body)).not.toMatch(/alert|script/);
  });

  it.each([
    ['an unknown node type', body({ type: 'html', html: '<script>alert(1)</script>', children: [] }), 'invalid'],
    [
      'a javascript: link',
      body(
        paragraph({
          type: 'link',
          url: 'javascript:alert(1)',
          children: [text('x')],
          direction: null,
          format: '',
          indent: 0,
          version: 1,
        }),
      ),
      'invalid',
    ],
    [
      'a data: link',
      body(
        paragraph({
          type: 'autolink',
          url: 'data:text/html,hi',
          children: [text('x')],
          direction: null,
          format: '',
          indent: 0,
          version: 1,
        }),
      ),
      'invalid',
    ],
    ['no text at all', body(paragraph(text('   '))), 'empty'],
    ['no blocks', body(), 'invalid'],
    ['a string', 'hello', 'invalid'],
    ['too much text', body(paragraph(text('a'.repeat(POST_LIMITS.maxTextChars + 1)))), 'too_much_text'],
    [
      'too many nodes',
      body(...Array.from({ length: POST_LIMITS.maxNodes }, () => paragraph(text('a')))),
      'too_many_nodes',
    ],
  ])('refuses %s', (_name, value, problem) => {
    expect(readPostBody(value)).toEqual({ ok: false, problem });
  });

  it('refuses nesting ten thousand deep without using the stack', () => {
    let nested: unknown = text('deep');
    for (let level = 0; level < 10_000; level++)
      nested = { type: 'link', url: 'https://a.example', children: [nested] };
    expect(readPostBody(body(paragraph(nested)))).toEqual({ ok: false, problem: 'too_deep' });
  });

  it('makes plain bodies that read back', () => {
    const made = plainPostBody('First paragraph.\n\nSecond.');
    expect(readPostBody(made)).toEqual({ ok: true, body: made });
    expect(postText(made)).toBe('First paragraph.\nSecond.');
  });
});
