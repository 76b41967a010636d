import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readComments } from '../../../shared/comments/comment-rooms';
import { encodePosition } from '../../../shared/comments/anchors';
import { plainPostBody, postText } from '../../../shared/forum/post-body';
import type { CommentOutboxChange } from '../../../shared/ipc/contract';
import { commentsRoom } from '../../../shared/rooms';
import { createDocument, signIn } from '../../../server/testing/clients';
import { connectRoom } from '../../../server/testing/room-clients';
import { TcpProxy } from '../../../server/testing/tcp-proxy';
import { ann, startTempServer } from '../../../server/testing/temp-server';
import { startTestHost, tempDir, unwrap } from '../testing/host';

/**
 * The outbox's comment kinds against a real server (server/http/comment-routes.ts): a thread, a
 * reply and a resolve made offline survive a restart and reach the server once each, in order,
 * though the first answers are lost on the way back.
 */
describe('the outbox with comments', () => {
  const cleanups: Array<() => Promise<unknown> | unknown> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('a comment thread, a reply and a resolve written offline reach the server once each', async () => {
    const started = await startTempServer();
    cleanups.push(() => started.cleanup());
    const token = await signIn(started.server.url, ann.email, ann.password);
    const documentId = await createDocument(
      started.server.url,
      token,
      'Funding bid: library of things',
      started.spaceId,
    );
    const proxy = new TcpProxy(started.server.port);
    await proxy.start();
    cleanups.push(() => proxy.stop());
    const dataDir = await tempDir('comment-outbox');
    const open = async () => {
      const host = await startTestHost(dataDir, {
        outbox: { firstRetryMs: 50, maxRetryMs: 200 },
        search: { settleMs: 50 },
      });
      cleanups.push(() => host.services.close());
      return host;
    };
    const host = await open();
    const serverId = unwrap(
      await host.handlers.servers.signIn({ url: proxy.url, email: ann.email, password: ann.password }),
    ).id;

    proxy.cut();
    const anchor = encodePosition(Y.createRelativePositionFromTypeIndex(new Y.Doc().getText('t'), 0));
    const threadId = 'cthread_bid0001';
    const changes: CommentOutboxChange[] = [
      {
        kind: 'comment-create-thread',
        documentId,
        request: {
          threadId,
          commentId: 'ccomment_bid001',
          anchor,
          focus: anchor,
          quote: 'library of things',
          body: plainPostBody('Which branches?'),
        },
      },
      {
        kind: 'comment-reply',
        documentId,
        threadId,
        request: { commentId: 'ccomment_bid002', body: plainPostBody('Three, to start.') },
      },
      { kind: 'comment-resolve', documentId, threadId, resolved: true },
    ];
    for (const change of changes)
      expect(unwrap(await host.handlers.comments.change({ serverId, change })).status).toBe('queued');
    await host.services.close();

    const reopened = await open();
    expect((await reopened.handlers.outbox.list({ serverId })).entries.map((entry) => entry.change.kind)).toEqual([
      'comment-create-thread',
      'comment-reply',
      'comment-resolve',
    ]);
    proxy.restore();
    proxy.loseAnswers();
    await reopened.handlers.outbox.retry({ serverId });
    expect(proxy.answersLost).toBeGreaterThan(0);
    proxy.restore();
    expect((await reopened.handlers.outbox.retry({ serverId })).entries).toEqual([]);

    const client = await connectRoom(started.server.url, commentsRoom(documentId), token);
    cleanups.push(() => client.close());
    const [thread] = readComments(client.doc);
    expect(thread?.resolved).toBe(true);
    expect(thread?.comments.map((comment) => [comment.id, postText(comment.body)])).toEqual([
      ['ccomment_bid001', 'Which branches?'],
      ['ccomment_bid002', 'Three, to start.'],
    ]);
  });
});
