import { isOwnRendererUrl, type RendererLocation } from '../security/url-policy';

/** Refuses IPC from any frame that is not our renderer (a subframe, a navigated page, a devtools extension). */
export function assertTrustedSender(frameUrl: string | undefined | null, location: RendererLocation, channel: string): void {
  if (!isOwnRendererUrl(frameUrl, location)) throw new Error(`Refused ${channel}: the caller is not the Branchline window.`);
}
