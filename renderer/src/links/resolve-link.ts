import { parseAppLink, type AppLink } from '../../../shared/links';
import { host } from '../data/host';

export type ResolvedLink = AppLink & { serverId: string | null };

const normalise = (url: string) => url.replace(/\/+$/, '').toLowerCase();

/** Which of this device's servers a shared link is for (null: none it knows); null for anything that is not a link. */
export async function resolveLink(text: string): Promise<ResolvedLink | null> {
  const link = parseAppLink(text);
  if (!link) return null;
  const servers = await host().servers.list();
  const known = servers.find((server) => normalise(server.url) === normalise(link.serverUrl));
  return { ...link, serverId: known?.id ?? null };
}
