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

  /** Counts a new socket; returns how to release it, or why it may not open. */
  open(session: string, address: string): { release: () => void } | { refused: string } {
    const sessions = this.perSession.get(session) ?? 0;
    const addresses = this.perAddress.get(address) ?? 0;
    if (sessions >= this.limits.socketsPerSession) return { refused: `at most ${this.limits.socketsPerSession} open sync connections per session` };
    if (addresses >= this.limits.socketsPerAddress) return { refused: `at most ${this.limits.socketsPerAddress} open sync connections per address` };
    this.perSession.set(session, sessions + 1);
    this.perAddress.set(address, addresses + 1);
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        decrement(this.perSession, session);
        decrement(this.perAddress, address);
      },
    };
  }
}

function decrement(counts: Map<string, number>, key: string): void {
  const count = (counts.get(key) ?? 1) - 1;
  if (count <= 0) counts.delete(key);
  else counts.set(key, count);
}
