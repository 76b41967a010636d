import { createHeadlessEditor } from '@lexical/headless';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import { $createLinkNode } from '@lexical/link';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import { documentNodes } from '../../../../shared/editor/nodes';
import { mentionsIn, postText, readPostBody } from '../../../../shared/forum/post-body';
import { DraftKey } from '../../../../shared/ipc/forum-changes';
import { PostId } from '../../../../shared/ids';
import { draftKey, newForumId } from './draft-keys';
import { matchingPeople } from './mention-match';
import { $createMentionNode, $isMentionNode, MentionNode } from './MentionNode';

function composerEditor() {
  return createHeadlessEditor({
    nodes: [...documentNodes, MentionNode],
    onError: (error) => {
      throw error;
    },
  });
}

describe('what the composer sends', () => {
  it('is a body the server accepts, mentions included', () => {
    const editor = composerEditor();
    editor.update(
      () => {
        const paragraph = $createParagraphNode().append(
          $createTextNode('Thanks '),
          $createMentionNode('user-ann-0001', 'Ann Jones'),
          $createTextNode(' for the '),
          $createTextNode('draft').toggleFormat('bold'),
        );
        const heading = $createHeadingNode('h2').append($createTextNode('Next steps'));
        const quote = $createQuoteNode().append($createTextNode('We need a bid by May.'));
        const list = $createListNode('check').append(
          $createListItemNode(true).append($createTextNode('Ask the council')),
          $createListItemNode(false).append($createTextNode('Book the room')),
        );
        const link = $createParagraphNode().append(
          $createLinkNode('https://example.org/bid').append($createTextNode('the bid')),
        );
        $getRoot().clear().append(paragraph, heading, quote, list, link);
      },
      { discrete: true },
    );
    const json = JSON.parse(JSON.stringify(editor.getEditorState().toJSON())) as unknown;
    const read = readPostBody(json);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(mentionsIn(read.body)).toEqual(['user-ann-0001']);
    expect(postText(read.body)).toContain('Thanks @Ann Jones for the draft');
    const mention = (read.body.root.children[0] as { children: Array<{ type: string }> }).children[1];
    expect(mention).toMatchObject({ type: 'mention', userId: 'user-ann-0001', text: '@Ann Jones', mode: 'token' });
  });

  it('reads back into the composer with the mention still a mention (drafts, edits)', () => {
    const first = composerEditor();
    first.update(
      () => {
        $getRoot()
          .clear()
          .append($createParagraphNode().append($createMentionNode('user-bob-0002', '@Bob'), $createTextNode(' hi')));
      },
      { discrete: true },
    );
    const saved = JSON.stringify(first.getEditorState().toJSON());
    const second = composerEditor();
    second.setEditorState(second.parseEditorState(saved));
    const mention = second.getEditorState().read(() => $getRoot().getFirstDescendant());
    expect($isMentionNode(mention)).toBe(true);
    expect(second.getEditorState().read(() => (mention as MentionNode).getUserId())).toBe('user-bob-0002');
  });

  it('an empty composer is refused as empty', () => {
    const editor = composerEditor();
    editor.update(() => $getRoot().clear().append($createParagraphNode()), { discrete: true });
    expect(readPostBody(editor.getEditorState().toJSON())).toEqual({ ok: false, problem: 'empty' });
  });
});

describe('draft keys and new ids', () => {
  it('names each composer’s draft in the contract’s shape', () => {
    expect(draftKey({ reply: 'thread-0001' })).toBe('reply:thread-0001');
    expect(draftKey({ newThread: 'category-01' })).toBe('new-thread:category-01');
    expect(draftKey({ edit: 'post-000001' })).toBe('edit:post-000001');
    for (const key of ['reply:thread-0001', 'new-thread:category-01', 'edit:post-000001'])
      expect(DraftKey.safeParse(key).success).toBe(true);
  });

  it('makes ids the server accepts, each different', () => {
    const ids = new Set(Array.from({ length: 500 }, () => newForumId()));
    expect(ids.size).toBe(500);
    for (const id of ids) expect(PostId.safeParse(id).success).toBe(true);
  });
});

describe('matchingPeople', () => {
  const people = ['Siân Jones', 'Jo Evans', 'Ann Jenkins', 'Bob Smith'].map((name, index) => ({
    id: `user-${index}-000000`,
    name,
    initials: name.slice(0, 2),
    color: '#000000',
  }));
  it('offers names starting with the letters first, then names with a word starting with them; accents ignored', () => {
    expect(matchingPeople(people, 'jo').map((person) => person.name)).toEqual(['Jo Evans', 'Siân Jones']);
    expect(matchingPeople(people, 'sian').map((person) => person.name)).toEqual(['Siân Jones']);
    expect(matchingPeople(people, '')).toHaveLength(4);
  });
});
