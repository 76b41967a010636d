import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');

export type ProbeResult = { sent: number; received: number; lost: number; p50: number; p99: number; max: number };

/**
 * Runs an attack under a probe: round after round until at least `forMs` have passed, so that
 * the probe takes over a hundred samples while under attack and its p99 is a p99, not its
 * worst sample.
 */
export async function underProbe(
  options: Parameters<typeof startProbe>[0],
  attack: (round: number) => Promise<void>,
  forMs = 6000,
): Promise<ProbeResult> {
  const probe = await startProbe(options);
  try {
    const started = performance.now();
    for (let round = 0; round === 0 || performance.now() - started < forMs; round++) await attack(round);
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
export async function startProbe(options: {
  url: string;
  token: string;
  documentId: string;
  everyMs?: number;
}): Promise<{ stop(): Promise<ProbeResult>; kill(): void }> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(here, 'probe-process.ts'),
      options.url,
      options.token,
      options.documentId,
      String(options.everyMs ?? 50),
    ],
    {
      cwd: repoRoot,
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  // The probe is the measuring instrument: where allowed (root), it runs ahead of other processes on a shared machine,
  // so that what it times is the server, not its own wait for a core. The server and the attack keep their priority.
  try {
    setPriority(child.pid!, -10);
  } catch {
    // Not permitted here: the probe runs at normal priority.
  }
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
