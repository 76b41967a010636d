import net from 'node:net';
import { Transform } from 'node:stream';

/**
 * A loopback TCP proxy that a test can cut and restore. Each person's host reaches the
 * server through their own proxy, so "going offline" cuts one person's network only,
 * sockets and all, the way a train tunnel does.
 */
export class TcpProxy {
  private readonly sockets = new Set<net.Socket>();
  private cutOff = false;
  private losingAnswers = false;
  private answerDelayMs = 0;
  /** How many connections were cut as their answer came back. */
  answersLost = 0;
  private server: net.Server | null = null;
  port = 0;

  constructor(
    private readonly targetPort: number,
    private readonly targetHost = '127.0.0.1',
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.server = net.createServer((client) => this.accept(client));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as net.AddressInfo).port;
  }

  /** Drops every open connection and refuses new ones until restored. */
  cut(): void {
    this.cutOff = true;
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
  }

  restore(): void {
    this.cutOff = false;
    this.losingAnswers = false;
    this.answerDelayMs = 0;
  }

  /** Answers come back, but each `ms` late: a slow network, for what a person does meanwhile. */
  delayAnswers(ms: number): void {
    this.answerDelayMs = ms;
  }

  /**
   * Requests still reach the server, but each connection is cut as its answer starts back:
   * the server did the work and the client never hears so (the case idempotency keys are for).
   */
  loseAnswers(): void {
    this.losingAnswers = true;
  }

  async stop(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private accept(client: net.Socket): void {
    if (this.cutOff) {
      client.destroy();
      return;
    }
    const upstream = net.connect(this.targetPort, this.targetHost);
    for (const socket of [client, upstream]) {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    const answers = new Transform({
      transform: (chunk: Buffer, _encoding, done) => {
        if (this.answerDelayMs > 0 && !this.losingAnswers)
          return void setTimeout(() => done(null, chunk), this.answerDelayMs);
        if (!this.losingAnswers) return done(null, chunk);
        this.answersLost++;
        client.destroy();
        upstream.destroy();
        done();
      },
    });
    client.pipe(upstream);
    upstream.pipe(answers).pipe(client);
  }
}
