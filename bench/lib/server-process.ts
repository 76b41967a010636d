import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchRequest, RoomsReport, ServerReady, UsageReport } from '../servers/protocol';
import { buildServers, builtServersDir } from './build-servers';

export type ServerKind = 'ours' | 'reference';
export const SERVER_KINDS: readonly ServerKind[] = ['ours', 'reference'];

const serversDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'servers');

/** One benchmarked server in its own process, so its memory and CPU are its own. */
export type ServerOptions = { underTsx?: boolean; steadyCode?: boolean };

export class ServerProcess {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly kind: ServerKind,
    private readonly child: ChildProcess,
    readonly ready: ServerReady,
  ) {}

  /**
   * Runs the server bundled (as it ships); `underTsx` runs its TypeScript through tsx instead (as `npm run server` does).
   * `steadyCode` keeps V8 from flushing the bytecode of functions not run lately (it does so during full collections,
   * freeing a few hundred KiB at moments of its choosing), so that a heap reading measures data, not code.
   */
  static async start(kind: ServerKind, options: ServerOptions = {}): Promise<ServerProcess> {
    if (!options.underTsx) await buildServers();
    const entry = options.underTsx ? path.join(serversDir, `${kind}.ts`) : path.join(builtServersDir, `${kind}.mjs`);
    const child = fork(entry, [], {
      // BENCH_CPU_PROFILE=<dir> writes each server's CPU profile there when it stops (for finding hot spots).
      execArgv: [
        '--expose-gc',
        ...(options.steadyCode ? ['--no-flush-bytecode'] : []),
        ...(options.underTsx ? ['--import', 'tsx'] : []),
        ...(process.env.BENCH_CPU_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE}`] : []),
      ],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const [ready] = (await once(child, 'message')) as [ServerReady];
    return new ServerProcess(kind, child, ready);
  }

  /** Query-string parameters a client needs to be let in. */
  get params(): Record<string, string> {
    return this.ready.token ? { token: this.ready.token } : {};
  }

  /** One request at a time, so each answer pairs with its question. */
  private ask<T>(request: BenchRequest): Promise<T> {
    const answer = this.queue.then(async () => {
      this.child.send(request);
      const [message] = (await once(this.child, 'message')) as [T];
      return message;
    });
    this.queue = answer.catch(() => undefined);
    return answer;
  }

  usage(): Promise<UsageReport> {
    return this.ask<UsageReport>({ type: 'usage' });
  }

  rooms(count: number, contentFile?: string): Promise<RoomsReport> {
    return this.ask<RoomsReport>({ type: 'rooms', count, ...(contentFile ? { contentFile } : {}) });
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = once(this.child, 'exit');
    this.child.disconnect();
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
}

/** Starts ours and the reference, runs `body` with both, and stops them whatever happens. */
export async function withBothServers<T>(
  body: (servers: Record<ServerKind, ServerProcess>) => Promise<T>,
  options: Omit<ServerOptions, 'underTsx'> = {},
): Promise<T> {
  const ours = await ServerProcess.start('ours', options);
  const reference = await ServerProcess.start('reference', options).catch(async (error: unknown) => {
    await ours.stop();
    throw error;
  });
  try {
    return await body({ ours, reference });
  } finally {
    await Promise.all([ours.stop(), reference.stop()]);
  }
}
