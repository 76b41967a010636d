import { $createParagraphNode, $createTextNode, $getRoot, type LexicalEditor } from 'lexical';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { bindToYjs, headlessDocumentEditor, readYjsIntoEditor } from '../../shared/editor/headless-document';
import { connectClient, waitFor, type Client } from '../testing/clients';
import { startTempServerWithDocument } from '../testing/temp-server';

/** A headless Lexical editor bound to a stock client's document through the V2 binding, as the renderer binds it. */
function bindEditor(client: Client): { editor: LexicalEditor; text(): string } {
  // Awareness stays with the stock client; the binding gets a headless stand-in (no DOM to draw cursors in).
  const editor = headlessDocumentEditor('doc');
  bindToYjs(editor, client.doc, { read: true });
  return { editor, text: () => editor.getEditorState().read(() => $getRoot().getTextContent()) };
}

/** What a fresh editor makes of a client's document right now. */
function readThrough(client: Client): { text: string; blocks: number } {
  return readYjsIntoEditor(headlessDocumentEditor('copy'), Y.encodeStateAsUpdate(client.doc))
    .getEditorState()
    .read(() => ({ text: $getRoot().getTextContent(), blocks: $getRoot().getChildrenSize() }));
}

describe('Lexical documents through the sync endpoint', () => {
  let context: Awaited<ReturnType<typeof startTempServerWithDocument>>;
  let token: string;
  let documentId: string;

  beforeEach(async () => {
    context = await startTempServerWithDocument('Volunteer induction');
    ({ token, documentId } = context);
  });
  afterEach(() => context.cleanup());

  it('serves a new document as one empty paragraph, and carries an edit in the Lexical root to another client', async () => {
    const writer = await connectClient(context.server.url, documentId, token);
    const reader = await connectClient(context.server.url, documentId, token);
    expect(readThrough(reader)).toEqual({ text: '', blocks: 1 });

    const { editor, text } = bindEditor(writer);
    expect(text()).toBe('');
    editor.update(
      () => {
        $getRoot().append(
          $createParagraphNode().append($createTextNode('Welcome every volunteer in their first week.')),
        );
      },
      { discrete: true },
    );
    await waitFor(() => readThrough(reader).text.includes('Welcome every volunteer'), 'the edit to reach the reader');
    expect(readThrough(reader).blocks).toBe(2);
    writer.close();
    reader.close();
  });
});
