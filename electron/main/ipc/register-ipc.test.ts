import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listChannels } from '../../../shared/ipc/contract';
import { startTestHost, tempDir } from '../../services/testing/host';
import { rendererLocation } from '../security/url-policy';
import { fakeIpcMain } from '../testing/fake-electron';
import { registerIpc, sendToWindows } from './register-ipc';

const location = rendererLocation('file:///opt/branchline/out/renderer/index.html', undefined);
const ownTopFrame = { url: 'file:///opt/branchline/out/renderer/index.html#/spaces', parent: null };
let dataDir: string;
let host: Awaited<ReturnType<typeof startTestHost>>;

beforeAll(async () => {
  dataDir = await tempDir('ipc');
  host = await startTestHost(dataDir);
});
afterAll(async () => {
  await host.services.close();
  await rm(dataDir, { recursive: true, force: true });
});

function registered() {
  const { ipcMain, handlers } = fakeIpcMain();
  registerIpc({ ipcMain }, host.handlers, location);
  return handlers;
}

describe('IPC in main (registerIpc on a stand-in ipcMain, with the real host handlers)', () => {
  it('registers exactly the contract’s channels', () => {
    expect([...registered().keys()].sort()).toEqual(
      listChannels()
        .map((entry) => entry.channel)
        .sort(),
    );
  });

  it('answers our window’s top frame', async () => {
    const handle = registered().get('app:info')!;
    await expect(handle({ senderFrame: ownTopFrame }, undefined)).resolves.toMatchObject({
      host: 'web',
      version: '0.0.0',
    });
  });

  it('refuses another page, a subframe, a frame already gone, and a file that is not our page', async () => {
    const handle = registered().get('settings:get')!;
    for (const senderFrame of [
      { url: 'https://evil.example/', parent: null },
      { url: ownTopFrame.url, parent: { url: ownTopFrame.url } },
      null,
      undefined,
      { url: 'file:///tmp/other.html', parent: null },
    ]) {
      await expect(handle({ senderFrame }, undefined), JSON.stringify(senderFrame)).rejects.toThrow(
        /not the Branchline window/,
      );
    }
  });

  it('checks every payload against the contract before a handler sees it', async () => {
    const handle = registered().get('rooms:load')!;
    await expect(handle({ senderFrame: ownTopFrame }, { serverId: '../../etc', room: 'doc:abcdefgh' })).rejects.toThrow(
      /Invalid input for rooms:load/,
    );
    await expect(handle({ senderFrame: ownTopFrame }, { serverId: 'local', room: 'doc:abcdefgh' })).resolves.toEqual(
      [],
    );
  });

  it('sends events to every window still open', () => {
    const sent: Array<[string, unknown, string]> = [];
    const window = (name: string, destroyed: boolean) => ({
      isDestroyed: () => destroyed,
      webContents: { send: (channel: string, payload: unknown) => void sent.push([channel, payload, name]) },
    });
    sendToWindows({ getAllWindows: () => [window('open', false), window('closed', true)] })('store:health', {
      writing: null,
      damaged: [],
    });
    expect(sent).toEqual([['store:health', { writing: null, damaged: [] }, 'open']]);
  });
});
