import type { AppLinkValue, ResolvedLink } from '../../../shared/ipc/contract';
import { documentLink } from '../../../shared/links';
import { inviteLink } from '../../../shared/spaces/invite-link';
import { host } from '../data/host';

/** Which of this device's servers a shared link is for (the host knows its servers' earlier addresses too); null for anything that is not a link. */
export async function resolveLink(text: string): Promise<ResolvedLink | null> {
  const resolved = await host().links.resolve({ link: text });
  return resolved.ok ? resolved.value : null;
}

/** A link as people share it (its server's address), for an address of the app (`/open?link=`). */
export function linkText(link: AppLinkValue): string {
  return link.kind === 'document'
    ? documentLink(link.serverUrl, link.documentId)
    : inviteLink(link.serverUrl, link.code);
}
