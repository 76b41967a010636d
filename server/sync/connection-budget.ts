import type { ConnectionRates, SyncLimits } from './limits';
import { Allowance } from './allowance';
import { TokenBucket } from './token-bucket';

/** Sessions whose byte budgets are remembered; past this, those that have refilled are forgotten. */
const MAX_SESSIONS = 10_000;

/**
 * Byte budgets per session, shared by all of its sockets: bytes cost the server work to
 * decode and apply, and a client that reconnects must not come back with a fresh budget.
 */
export class ByteBudgets {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(private readonly limits: Pick<SyncLimits, 'byteBurst' | 'byteRefillPerSecond'>) {}

  of(session: string): TokenBucket {
    let bucket = this.buckets.get(session);
    if (!bucket) {
      if (this.buckets.size >= MAX_SESSIONS) this.forgetRefilled();
      this.buckets.set(session, (bucket = new TokenBucket(this.limits.byteBurst, this.limits.byteRefillPerSecond / 1000)));
    }
    return bucket;
  }

  private forgetRefilled(): void {
    for (const [session, bucket] of this.buckets) if (bucket.isFull()) this.buckets.delete(session);
  }
}

/** What one connection may send: messages over time, bytes from its session's budget, and few requests that answer with the whole room. */
export class ConnectionBudget {
  private readonly messages: Allowance;
  private readonly costly: Allowance;

  constructor(rates: ConnectionRates, private readonly bytes: TokenBucket) {
    this.messages = new Allowance(rates.messages);
    this.costly = new Allowance(rates.costly);
  }

  /** A frame of `size` bytes arrived: null if within budget, else why it is not. */
  admitFrame(size: number): string | null {
    if (!this.messages.take()) return 'too many messages';
    if (!this.bytes.take(size)) return 'too many bytes';
    return null;
  }

  /** Sync step 1 or an awareness query: each makes the server send the whole room. */
  admitCostly(): boolean {
    return this.costly.take();
  }
}
