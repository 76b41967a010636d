import { z } from 'zod';

/** The browser bridge's paths and messages (encoded with shared/ipc/wire.ts). */
export const BRIDGE_SCRIPT_PATH = '/__branchline/bridge.js';
export const IPC_SOCKET_PATH = '/__branchline/ipc';
export const KEY_PARAM = 'key';

export const CallMessage = z.object({
  t: z.literal('call'),
  id: z.number().int().nonnegative(),
  channel: z.string().max(100),
  input: z.unknown().optional(),
});
export type CallMessage = z.infer<typeof CallMessage>;

export const ResultMessage = z.union([
  z.object({ t: z.literal('result'), id: z.number(), ok: z.literal(true), value: z.unknown().optional() }),
  z.object({ t: z.literal('result'), id: z.number(), ok: z.literal(false), message: z.string() }),
]);
export type ResultMessage = z.infer<typeof ResultMessage>;

export const EventMessage = z.object({ t: z.literal('event'), event: z.string(), payload: z.unknown().optional() });
export type EventMessage = z.infer<typeof EventMessage>;

export const HostMessage = z.union([ResultMessage, EventMessage]);
