import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');

export type ProbeResult = { sent: number; received: number; lost: number; p50: number; p99: number; max: number };

/** Runs `attack` under a probe started first and stopped after, with a moment's quiet either side. */
export async function underProbe(options: Parameters<typeof startProbe>[0], attack: () => Promise<void>): Promise<ProbeResult> {
  const probe = await startProbe(options);
  try {
    await new Promise((resolve) => setTimeout(resolve, 300));
    await attack();
    await new Promise((resolve) => setTimeout(resolve, 300));
    return await probe.stop();
  } finally {
    probe.kill();
  }
}

/**
 * A latency probe in its own process (probe-process.ts): two stock clients in a room of their
 * own, an edit every `everyMs`, round trip measured writer → server → reader. Start it, run an
 * attack, then `stop()` for the figures.
 */
export async function startProbe(options: { url: string; token: string; documentId: string; everyMs?: number }): Promise<{ stop(): Promise<ProbeResult>; kill(): void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'probe-process.ts'), options.url, options.token, options.documentId, String(options.everyMs ?? 50)], {
    cwd: repoRoot,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-4000)));
  const line = (prefix: string) =>
    new Promise<string>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const found = output.split('\n').find((candidate) => candidate.startsWith(prefix));
        if (found) {
          child.stdout!.off('data', onData);
          resolve(found.slice(prefix.length).trim());
        }
      };
      child.stdout!.on('data', onData);
      child.once('exit', (code) => reject(new Error(`the probe exited (${code}) before "${prefix}":\n${errors}`)));
    });
  await line('PROBE_READY');
  return {
    async stop() {
      const result = line('PROBE_RESULT');
      child.stdin!.write('stop\n');
      return JSON.parse(await result) as ProbeResult;
    },
    kill: () => child.kill('SIGKILL'),
  };
}
