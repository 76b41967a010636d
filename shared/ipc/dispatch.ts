import { listChannels, type HostHandlers } from './contract';

export class InvalidIpcInput extends Error {
  constructor(
    readonly channel: string,
    detail: string,
  ) {
    super(`Invalid input for ${channel}: ${detail}`);
  }
}

/**
 * Validates an untrusted call against the contract and runs its handler. Both hosts route
 * every call through here, so a payload is never used before its schema has passed it.
 */
export function createDispatcher(handlers: HostHandlers) {
  const table = new Map(
    listChannels().map((entry) => {
      const group = handlers[entry.namespace] as Record<string, (input: unknown) => Promise<unknown>>;
      const handler = group[entry.method];
      if (!handler) throw new Error(`No handler for ${entry.channel}`);
      return [entry.channel, { input: entry.input, handler }] as const;
    }),
  );
  return {
    has: (channel: string) => table.has(channel),
    async dispatch(channel: string, rawInput: unknown): Promise<unknown> {
      const entry = table.get(channel);
      if (!entry) throw new InvalidIpcInput(channel, 'unknown channel');
      const parsed = entry.input.safeParse(rawInput);
      if (!parsed.success) throw new InvalidIpcInput(channel, parsed.error.issues.map((i) => i.message).join('; '));
      return entry.handler(parsed.data);
    },
  };
}
