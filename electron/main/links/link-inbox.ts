import type { HostHandlers } from '../../../shared/ipc/contract';
import { parseAppLink, type AppLink } from '../../../shared/links';

export type LinkInboxOptions = {
  /** Sends the link to the window ('app:open-link'). */
  deliver(link: AppLink): void;
  /** Brings the window forward, or opens one when there is none (and the app is ready to). */
  showWindow(): void;
  log(message: string): void;
};

export type LinkInbox = ReturnType<typeof createLinkInbox>;

/**
 * Links the system opens the app with, on their way to the window. A window that has not yet
 * subscribed to 'app:open-link' (the app is still starting, or the page is loading again) would
 * miss the event, so the link waits until the page asks for it (`take`, i.e. links.takePending),
 * which it does once at start, after subscribing. Only the latest waiting link is kept: it is
 * the one the person clicked last.
 */
export function createLinkInbox(options: LinkInboxOptions) {
  let waiting: AppLink | null = null;
  let windowListening = false;
  return {
    /** A link from the system: read with shared/links.ts; anything else is logged and ignored (false). */
    receive(text: string, from: string): boolean {
      const link = parseAppLink(text);
      if (!link) {
        const shown = text.length > 80 ? `${text.slice(0, 80)}…` : text;
        options.log(`Ignored a link Branchline cannot open (from ${from}): ${JSON.stringify(shown)}`);
        return false;
      }
      if (windowListening) options.deliver(link);
      else waiting = link;
      options.showWindow();
      return true;
    },
    /** The page is listening now: it takes the link that waited for it, if any. */
    take(): AppLink | null {
      windowListening = true;
      const link = waiting;
      waiting = null;
      return link;
    },
    /** The page is going (reloading, crashed or closed): links wait for the next one to ask. */
    windowGone(): void {
      windowListening = false;
    },
  };
}

/** The services' handlers, with links.takePending answered from the inbox (the browser host has none). */
export function withLinkInbox(handlers: HostHandlers, inbox: LinkInbox): HostHandlers {
  return {
    ...handlers,
    links: {
      ...handlers.links,
      takePending: async () => {
        const link = inbox.take();
        return link ? { link } : null;
      },
    },
  };
}

/** The parts of a window's web contents that say its page is going. */
export interface PageEvents {
  on(
    event: 'did-start-navigation',
    listener: (details: { isMainFrame: boolean; isSameDocument: boolean }) => void,
  ): unknown;
  on(event: 'render-process-gone' | 'destroyed', listener: () => void): unknown;
}

/** A new page load (not a change of the hash route), a crash or a closed window stops delivery. */
export function watchPage(contents: PageEvents, inbox: LinkInbox): void {
  contents.on('did-start-navigation', (details) => {
    if (details.isMainFrame && !details.isSameDocument) inbox.windowGone();
  });
  contents.on('render-process-gone', () => inbox.windowGone());
  contents.on('destroyed', () => inbox.windowGone());
}
