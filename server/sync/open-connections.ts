/** What the registry needs of a connection: whether it answered the last ping, and how to ping or drop it. */
export interface KeptAlive {
  /** Set by the socket's pong; cleared when a ping goes out. */
  alive: boolean;
  ping(): void;
  terminate(): void;
}

/**
 * Every open sync connection of one server, for live access checks, shutdown, and one
 * keep-alive sweep for them all: a timer per socket would cost each one a timer object and
 * a closure, and sockets idle for hours are the common case.
 */
export class OpenConnections<C extends KeptAlive> implements Iterable<C> {
  private readonly open = new Set<C>();
  private readonly sweep: NodeJS.Timeout;

  constructor(keepAliveMs: number) {
    this.sweep = setInterval(() => this.keepAlive(), keepAliveMs);
    // Keeping sockets alive never keeps the process alive.
    this.sweep.unref();
  }

  get size(): number {
    return this.open.size;
  }

  add(connection: C): void {
    this.open.add(connection);
  }

  delete(connection: C): void {
    this.open.delete(connection);
  }

  [Symbol.iterator](): Iterator<C> {
    return this.open.values();
  }

  /** A socket that has not answered since the last sweep is dropped; the rest are pinged. */
  private keepAlive(): void {
    for (const connection of this.open) {
      if (!connection.alive) {
        connection.terminate();
        continue;
      }
      connection.alive = false;
      connection.ping();
    }
  }

  stop(): void {
    clearInterval(this.sweep);
  }
}
