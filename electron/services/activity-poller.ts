import { markActivitySeen, replaceSpaces } from './local-store/cache-updates';
import { updateCache } from './handlers/cache';
import { findServer, type HandlerContext } from './handlers/context';
import { announceServers, toEntry } from './handlers/entries';
import { withSession } from './handlers/session';

export type ActivityPollerOptions = { intervalMs?: number };

/**
 * The switcher's dots: every so often, each signed-in server not on screen is asked for its
 * spaces; newer activity than the person last saw there lights its dot. The windows hear
 * about it only when a dot changes.
 */
export function startActivityPoller(context: HandlerContext, options: ActivityPollerOptions = {}) {
  const intervalMs = options.intervalMs ?? 20_000;
  // One check per server at a time, so a tick never races the check made when the person left it.
  const running = new Map<string, Promise<boolean>>();
  let stopped = false;

  /** Fetches one server's spaces into its cache; true when its dot changed. */
  async function check(serverId: string, seen: boolean): Promise<boolean> {
    const server = findServer(context, serverId);
    if (!server?.user) return false;
    const before = toEntry(context, server).hasActivity;
    try {
      const answer = await withSession(context, serverId, ({ api, token }) => api.listSpaces(token));
      if (answer.ok || seen) {
        await updateCache(context, serverId, (draft) => {
          if (answer.ok) replaceSpaces(draft, answer.value);
          if (seen) markActivitySeen(draft);
        });
      }
    } catch (error) {
      context.log(`Branchline could not check ${server.url} for new activity: ${String(error)}`);
    }
    const after = findServer(context, serverId);
    return after !== undefined && toEntry(context, after).hasActivity !== before;
  }

  function queue(serverId: string, seen: boolean): Promise<boolean> {
    const next = (running.get(serverId) ?? Promise.resolve(false)).then(() => check(serverId, seen));
    running.set(serverId, next);
    void next.then(() => running.get(serverId) === next && running.delete(serverId));
    return next;
  }

  async function pollNow(): Promise<void> {
    if (stopped) return;
    const { servers, activeServerId } = context.store.state.get();
    const due = servers.filter((server) => server.user && server.id !== activeServerId);
    // A check already under way for a server answers this tick too: slow servers never pile up.
    const changed = await Promise.all(due.map((server) => running.get(server.id) ?? queue(server.id, false)));
    if (changed.some(Boolean)) announceServers(context);
  }

  const timer = setInterval(() => void pollNow(), intervalMs);
  // Polling alone never keeps the process alive.
  timer.unref();
  void pollNow();

  return {
    pollNow,
    /** The person stopped looking at `serverId`: everything there up to now counts as seen. */
    left(serverId: string): void {
      if (stopped) return;
      void queue(serverId, true).then((changed) => changed && announceServers(context));
    },
    /** Stops polling and waits for checks under way. */
    async stop(): Promise<void> {
      stopped = true;
      clearInterval(timer);
      await Promise.all(running.values());
    },
  };
}

export type ActivityPoller = ReturnType<typeof startActivityPoller>;
