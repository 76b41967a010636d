import { BrowserWindow, ipcMain } from 'electron';
import { listChannels, type EventName, type EventPayload, type HostHandlers } from '../../../shared/ipc/contract';
import { createDispatcher } from '../../../shared/ipc/dispatch';
import type { RendererLocation } from '../security/url-policy';
import { assertTrustedSender } from './sender-check';

/** One `ipcMain.handle` per contract channel: sender check first, then the contract's schema. */
export function registerIpc(handlers: HostHandlers, location: RendererLocation): void {
  const dispatcher = createDispatcher(handlers);
  for (const { channel } of listChannels()) {
    ipcMain.handle(channel, async (event, input: unknown) => {
      assertTrustedSender(event.senderFrame?.url, location, channel);
      return dispatcher.dispatch(channel, input);
    });
  }
}

/** Events reach every window on a channel named after the event. */
export function sendToWindows<E extends EventName>(event: E, payload: EventPayload<E>): void {
  for (const window of BrowserWindow.getAllWindows()) {
    if (!window.isDestroyed()) window.webContents.send(event, payload);
  }
}
