import { isOwnRendererUrl, type RendererLocation } from '../security/url-policy';

/** The frame an IPC message came from, as Electron describes it (`event.senderFrame`). */
export type SenderFrame = { url: string; parent: unknown } | null | undefined;

/**
 * Refuses IPC from any frame that is not our renderer's top frame: a subframe, a page the
 * window was navigated to, a frame already gone (null), a devtools extension.
 */
export function assertTrustedSender(frame: SenderFrame, location: RendererLocation, channel: string): void {
  if (!frame || frame.parent !== null || !isOwnRendererUrl(frame.url, location)) {
    throw new Error(`Refused ${channel}: the caller is not the Branchline window.`);
  }
}
