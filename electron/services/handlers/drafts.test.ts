import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Draft } from '../../../shared/ipc/forum-changes';
import { ann, startTempServer } from '../../../server/testing/temp-server';
import { draftsFile } from '../local-store';
import { startTestHost, tempDir, unwrap } from '../testing/host';

const draft: Draft = {
  title: 'Funding bids',
  editorState: '{"root":{"children":[]}}',
  replyTo: null,
  savedAt: '2026-01-05T10:00:00.000Z',
};

describe('drafts through the host', () => {
  const cleanups: Array<() => Promise<unknown>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('survive a restart, and a damaged drafts file costs the drafts only', async () => {
    const started = await startTempServer();
    cleanups.push(() => started.cleanup());
    const dataDir = await tempDir('drafts');
    const open = async () => {
      const host = await startTestHost(dataDir);
      cleanups.push(() => host.services.close());
      return host;
    };
    const host = await open();
    const serverId = unwrap(
      await host.handlers.servers.signIn({ url: started.server.url, email: ann.email, password: ann.password }),
    ).id;
    await host.handlers.drafts.put({ serverId, key: 'new-thread:cat_offers01', draft });
    await host.services.close();

    const reopened = await open();
    expect(await reopened.handlers.drafts.get({ serverId, key: 'new-thread:cat_offers01' })).toEqual(draft);
    await reopened.services.close();

    await writeFile(draftsFile(dataDir, serverId), '\u0000\u0000 not json');
    const afterDamage = await open();
    expect(await afterDamage.handlers.drafts.get({ serverId, key: 'new-thread:cat_offers01' })).toBeNull();
    // Still signed in, nothing else lost; the damaged file kept aside.
    expect(
      (await afterDamage.handlers.servers.list(undefined)).find((entry) => entry.id === serverId)?.user,
    ).not.toBeNull();
    expect(
      (await readdir(path.dirname(draftsFile(dataDir, serverId)))).some((name) =>
        name.startsWith('drafts.json.corrupt-'),
      ),
    ).toBe(true);
    await afterDamage.handlers.drafts.put({ serverId, key: 'reply:thread_x', draft });
    expect(await afterDamage.handlers.drafts.get({ serverId, key: 'reply:thread_x' })).toEqual(draft);
  });
});
