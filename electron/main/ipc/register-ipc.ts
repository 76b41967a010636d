import { listChannels, type EventName, type EventPayload, type HostHandlers } from '../../../shared/ipc/contract';
import { createDispatcher } from '../../../shared/ipc/dispatch';
import type { RendererLocation } from '../security/url-policy';
import { assertTrustedSender, type SenderFrame } from './sender-check';

/** What IPC registration needs of Electron's ipcMain: the real one in main, a small fake in tests. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: { senderFrame: SenderFrame }, input: unknown) => Promise<unknown>): void;
}

/** One `ipcMain.handle` per contract channel: sender check first, then the contract's schema. */
export function registerIpc(
  { ipcMain }: { ipcMain: IpcMainLike },
  handlers: HostHandlers,
  location: RendererLocation,
): void {
  const dispatcher = createDispatcher(handlers);
  for (const { channel } of listChannels()) {
    ipcMain.handle(channel, async (event, input) => {
      assertTrustedSender(event.senderFrame, location, channel);
      return dispatcher.dispatch(channel, input);
    });
  }
}

type WindowsLike = {
  getAllWindows(): Array<{ isDestroyed(): boolean; webContents: { send(channel: string, payload: unknown): void } }>;
};

/** Events reach every window on a channel named after the event. */
export function sendToWindows(BrowserWindow: WindowsLike) {
  return <E extends EventName>(event: E, payload: EventPayload<E>): void => {
    for (const window of BrowserWindow.getAllWindows()) {
      if (!window.isDestroyed()) window.webContents.send(event, payload);
    }
  };
}
