import { Rate, REFUSED, smallClock } from './allowance';
import { AllowancesByKey } from './allowances-by-key';
import type { SyncLimits } from './limits';

/** Sessions remembered while none of their sockets is open; past this, those whose budgets have refilled are forgotten. */
const MAX_IDLE_SESSIONS = 10_000;

/**
 * One session's share of the sync endpoint, held by each of its open connections: its token,
 * how many sockets it has open, and its byte budget. Bytes cost the server work to decode and
 * apply, so the budget is the session's, not a socket's, and a client that reconnects does
 * not come back with a fresh one.
 */
export class SessionShare {
  sockets = 0;

  constructor(
    readonly token: string,
    /** Its byte budget's state (SocketCaps.takeBytes): one number, a fraction of a millisecond. */
    public bytesFullAt: number,
  ) {}
}

/** One address's open sockets, held by each connection from it. */
export class AddressShare {
  sockets = 0;

  constructor(readonly address: string) {}
}

/** A string that does not keep alive the larger one it was cut from (a URL's query, say). */
function ownCopy(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

/**
 * How many sync sockets one session and one address may hold open, and how fast an address
 * may ask for new ones. One socket is one room, so this is what stops a single person (or a
 * script with their token) from opening thousands of rooms and the server's memory with them.
 */
export class SocketCaps {
  private readonly sessions = new Map<string, SessionShare>();
  private readonly addresses = new Map<string, AddressShare>();
  private readonly upgrades: AllowancesByKey;
  private readonly bytes: Rate;

  constructor(
    private readonly limits: Pick<
      SyncLimits,
      | 'socketsPerSession'
      | 'socketsPerAddress'
      | 'upgradeBurst'
      | 'upgradeRefillMs'
      | 'byteBurst'
      | 'byteRefillPerSecond'
    >,
  ) {
    this.upgrades = new AllowancesByKey(limits.upgradeBurst, limits.upgradeRefillMs);
    this.bytes = Rate.budget(limits.byteBurst, limits.byteRefillPerSecond);
  }

  /** Checked first, before any other work: may this address try another upgrade now? */
  mayTry(address: string): boolean {
    return this.upgrades.take(address);
  }

  /** Why another socket for this session and address may not open, or null if it may. */
  refusal(token: string, address: string): string | null {
    if ((this.sessions.get(token)?.sockets ?? 0) >= this.limits.socketsPerSession)
      return `at most ${this.limits.socketsPerSession} open sync connections per session`;
    if ((this.addresses.get(address)?.sockets ?? 0) >= this.limits.socketsPerAddress)
      return `at most ${this.limits.socketsPerAddress} open sync connections per address`;
    return null;
  }

  /**
   * Counts a socket once its handshake is done. ws completes a handshake in the same turn as
   * the check above, so no other upgrade can slip in between; a handshake that fails is
   * never counted, and each counted socket is released once, when it closes.
   */
  opened(token: string, address: string): { session: SessionShare; origin: AddressShare } {
    const session = this.sessions.get(token) ?? this.newSession(token);
    let origin = this.addresses.get(address);
    if (!origin) this.addresses.set(address, (origin = new AddressShare(ownCopy(address))));
    session.sockets += 1;
    origin.sockets += 1;
    return { session, origin };
  }

  /** Spends `count` of the session's byte budget; false (spending nothing) when it has not that many left. */
  takeBytes(session: SessionShare, count: number): boolean {
    const next = this.bytes.take(session.bytesFullAt, smallClock(), count);
    if (next === REFUSED) return false;
    session.bytesFullAt = next;
    return true;
  }

  closed(session: SessionShare, origin: AddressShare): void {
    session.sockets -= 1;
    origin.sockets -= 1;
    // A session's share outlives its sockets, for its byte budget; an address's has nothing more to remember.
    if (origin.sockets <= 0 && this.addresses.get(origin.address) === origin) this.addresses.delete(origin.address);
  }

  private newSession(token: string): SessionShare {
    if (this.sessions.size >= MAX_IDLE_SESSIONS) this.forgetRefilled();
    const session = new SessionShare(ownCopy(token), this.bytes.full());
    this.sessions.set(session.token, session);
    return session;
  }

  /** Keeps the table bounded without handing anyone a fresh budget: only idle sessions whose budgets are full are forgotten. */
  private forgetRefilled(): void {
    for (const [token, session] of this.sessions)
      if (session.sockets === 0 && this.bytes.owedMs(session.bytesFullAt) === 0) this.sessions.delete(token);
  }
}
