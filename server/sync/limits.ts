import { MAX_CLIENT_FRAME_BYTES } from '../../shared/protocol';
import { Rate } from './allowance';

/**
 * Every limit the sync endpoint enforces, in one place; server/README.md lists them with the
 * close code each one uses. They bound what one connection, one session or one address can
 * make the server do, so that nobody can slow the server for everyone else.
 */
export type SyncLimits = {
  /** Messages a connection may send in a burst, then one per `messageRefillMs`. */
  messageBurst: number;
  messageRefillMs: number;
  /** Bytes a session's sockets may send together: a burst (room for two largest frames), then `byteRefillPerSecond`. */
  byteBurst: number;
  byteRefillPerSecond: number;
  /** Sync step 1 and awareness queries are answered with the whole room: a few, then one per `costlyRefillMs`. */
  costlyBurst: number;
  costlyRefillMs: number;
  /** The largest awareness message, and the awareness client ids one connection may speak for. */
  awarenessBytes: number;
  awarenessClients: number;
  /** Awareness messages relayed per connection: a burst, then one per `awarenessRefillMs`; the latest waits. */
  awarenessBurst: number;
  awarenessRefillMs: number;
  /** Open sync sockets per session and per address, and upgrades per address (burst, then one per refill). */
  socketsPerSession: number;
  socketsPerAddress: number;
  upgradeBurst: number;
  upgradeRefillMs: number;
  /** Rooms kept loaded with nobody in them; past this the longest idle are unloaded at once. */
  idleRoomsLoaded: number;
  /** A socket that does not answer pings for this long is closed. */
  keepAliveMs: number;
};

export const DEFAULT_SYNC_LIMITS: SyncLimits = {
  messageBurst: 2000,
  messageRefillMs: 2,
  byteBurst: 2 * MAX_CLIENT_FRAME_BYTES,
  byteRefillPerSecond: 1024 * 1024,
  costlyBurst: 20,
  costlyRefillMs: 1000,
  awarenessBytes: 32 * 1024,
  awarenessClients: 4,
  awarenessBurst: 30,
  awarenessRefillMs: 50,
  socketsPerSession: 64,
  socketsPerAddress: 512,
  upgradeBurst: 200,
  upgradeRefillMs: 20,
  idleRoomsLoaded: 256,
  keepAliveMs: 30_000,
};

/** The per-connection rates, made once per server from its limits and shared by every connection. */
export type ConnectionRates = { messages: Rate; costly: Rate; awareness: Rate };

export function connectionRates(limits: SyncLimits): ConnectionRates {
  return {
    messages: new Rate(limits.messageBurst, limits.messageRefillMs),
    costly: new Rate(limits.costlyBurst, limits.costlyRefillMs),
    awareness: new Rate(limits.awarenessBurst, limits.awarenessRefillMs),
  };
}
