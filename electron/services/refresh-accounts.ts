import type { HandlerContext } from './handlers/context';
import { rememberMe } from './handlers/servers';
import { withSession } from './handlers/session';

/**
 * Asks each signed-in server who the person is now, once at start: a session that ended while
 * the app was closed ends here too, and the entry's profile and admin flag catch up with
 * changes made elsewhere (or learnt for the first time, after the version-1 upgrade).
 * An unreachable server changes nothing.
 */
export async function refreshAccounts(context: HandlerContext): Promise<void> {
  const signedIn = context.store.state.get().servers.filter((server) => server.user && server.token);
  await Promise.all(
    signedIn.map(async (server) => {
      try {
        const answer = await withSession(context, server.id, ({ api, token }) => api.me(token));
        if (answer.ok) await rememberMe(context, server.id, answer.value);
      } catch (error) {
        context.log(`Branchline could not check the session for ${server.url}: ${String(error)}`);
      }
    }),
  );
}
