import { RateLimiter } from '../accounts/rate-limit';
import type { SyncLimits } from './limits';

/**
 * How many sync sockets one session and one address may hold open, and how fast an address
 * may ask for new ones. One socket is one room, so this is what stops a single person (or a
 * script with their token) from opening thousands of rooms and the server's memory with them.
 */
export class SocketCaps {
  private readonly perSession = new Map<string, number>();
  private readonly perAddress = new Map<string, number>();
  private readonly upgrades: RateLimiter;

  constructor(private readonly limits: Pick<SyncLimits, 'socketsPerSession' | 'socketsPerAddress' | 'upgradeBurst' | 'upgradeRefillMs'>) {
    this.upgrades = new RateLimiter(limits.upgradeBurst, limits.upgradeRefillMs);
  }

  /** Checked first, before any other work: may this address try another upgrade now? */
  mayTry(address: string): boolean {
    return this.upgrades.take(address);
  }

  /** Why another socket for this session and address may not open, or null if it may. */
  refusal(session: string, address: string): string | null {
    if ((this.perSession.get(session) ?? 0) >= this.limits.socketsPerSession) return `at most ${this.limits.socketsPerSession} open sync connections per session`;
    if ((this.perAddress.get(address) ?? 0) >= this.limits.socketsPerAddress) return `at most ${this.limits.socketsPerAddress} open sync connections per address`;
    return null;
  }

  /**
   * Counts a socket once its handshake is done. ws completes a handshake in the same turn as
   * the check above, so no other upgrade can slip in between; a handshake that fails is
   * never counted, and each counted socket is released once, when it closes.
   */
  opened(session: string, address: string): void {
    this.perSession.set(session, (this.perSession.get(session) ?? 0) + 1);
    this.perAddress.set(address, (this.perAddress.get(address) ?? 0) + 1);
  }

  closed(session: string, address: string): void {
    decrement(this.perSession, session);
    decrement(this.perAddress, address);
  }
}

function decrement(counts: Map<string, number>, key: string): void {
  const count = (counts.get(key) ?? 1) - 1;
  if (count <= 0) counts.delete(key);
  else counts.set(key, count);
}
