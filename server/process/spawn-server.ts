import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export type ServerProcess = {
  url: string;
  child: ChildProcess;
  /** What the server has said on stderr lately (the last 16 KiB). */
  recentOutput(): string;
  /** SIGTERM, then wait for a clean exit. */
  stop(): Promise<void>;
  /** SIGKILL: no chance to flush anything. */
  kill9(): Promise<void>;
};

/** Runs `server/cli.ts serve` in its own Node process and waits for its READY line. */
export type SpawnOptions = {
  dataDir: string;
  host?: string;
  port?: number;
  demo?: boolean;
  timeoutMs?: number;
  /** Runs the server through another command (e.g. `unshare` for a mount namespace of its own), given Node's command line. */
  launch?: (command: string, args: string[]) => { command: string; args: string[] };
  /** Added to the server's environment (e.g. a test-only hook). */
  env?: NodeJS.ProcessEnv;
};

export async function spawnServerProcess(options: SpawnOptions): Promise<ServerProcess> {
  const args = [
    '--import',
    'tsx',
    path.join(repoRoot, 'server', 'cli.ts'),
    'serve',
    '--host',
    options.host ?? '127.0.0.1',
    '--port',
    String(options.port ?? 0),
    '--data',
    options.dataDir,
  ];
  if (options.demo) args.push('--demo');
  const launched = options.launch ? options.launch(process.execPath, args) : { command: process.execPath, args };
  const child = spawn(launched.command, launched.args, {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(options.env && { env: { ...process.env, ...options.env } }),
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      // A server that never became ready must not outlive the caller's attempt.
      child.kill('SIGKILL');
      reject(new Error(`The server did not start within ${options.timeoutMs ?? 30_000} ms:\n${output}`));
    }, options.timeoutMs ?? 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /^BRANCHLINE_READY (\S+)$/m.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    // Keep only the recent output: enough to explain a failed start, bounded for a long run.
    child.stderr!.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-16_384)));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The server exited (${code}) before it was ready:\n${output}`));
    });
  });
  const ended = () => child.exitCode !== null || child.signalCode !== null;
  const terminate = async (signal: NodeJS.Signals) => {
    if (ended()) return;
    const exited = once(child, 'exit');
    child.kill(signal);
    // A server that will not stop within 5 s of SIGTERM is killed: callers are shutting down.
    const fallback = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(fallback);
  };
  return {
    url,
    child,
    recentOutput: () => output,
    stop: () => terminate('SIGTERM'),
    kill9: () => terminate('SIGKILL'),
  };
}
