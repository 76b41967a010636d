import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { setPriority } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');

/** The probe's round trips over one phase: how many came back, and their p50, p99 and worst, in ms. */
export type ProbeFigures = { received: number; p50: number; p99: number; max: number };

/** The figures under attack, with the same probe's figures with no attack just before it (`baseline`). */
export type ProbeResult = ProbeFigures & { sent: number; lost: number; baseline: ProbeFigures };

/**
 * Runs an attack under a probe. The probe warms up for a second, runs with no attack for `forMs`
 * (the baseline: the same server, probe and machine, a moment before), then round after round of the attack
 * until at least `forMs` have passed. An attack whose volume is its point (many requests at once)
 * passes `harmless`: the same volume of ordinary requests, sent round after round through the
 * baseline, so that what is compared is the attack against traffic like it, not against silence. Each phase takes over a hundred samples, so that a p99
 * is a p99, not the worst sample.
 */
export async function underProbe(
  options: Parameters<typeof startProbe>[0],
  attack: (round: number) => Promise<void>,
  { forMs = 6000, harmless }: { forMs?: number; harmless?: (round: number) => Promise<void> } = {},
): Promise<ProbeResult> {
  const probe = await startProbe(options);
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  try {
    // Its first round trips warm up its own code and sockets: they are no one's baseline.
    await wait(1000);
    await probe.phase('quiet');
    if (!harmless) await wait(forMs);
    else {
      const started = performance.now();
      for (let round = 0; round === 0 || performance.now() - started < forMs; round++) await harmless(round);
    }
    await probe.phase('attack');
    const started = performance.now();
    for (let round = 0; round === 0 || performance.now() - started < forMs; round++) await attack(round);
    await wait(300);
    const { sent, lost, phases } = await probe.stop();
    return { sent, lost, ...phases.attack!, baseline: phases.quiet! };
  } finally {
    probe.kill();
  }
}

/**
 * Puts a process (every thread of it: Linux gives each its own priority) ahead of everything
 * else on the machine, where allowed (root); elsewhere it runs as it was. For the probe and the
 * server under test: on a shared two-core machine the other work there (other test files,
 * other people's builds) would otherwise be timed as the server's. The attack's own client is
 * left as it is: an attacker's CPU is not the server's in life, and here it should not be
 * either.
 */
export function runAhead(pid: number): boolean {
  let threads: string[];
  try {
    threads = readdirSync(`/proc/${pid}/task`);
  } catch {
    threads = [String(pid)];
  }
  try {
    for (const thread of threads) setPriority(Number(thread), -10);
    return true;
  } catch {
    return false;
  }
}

/**
 * A latency probe in its own process (probe-process.ts): two stock clients in a room of their
 * own, an edit every `everyMs`, round trip measured writer → server → reader. It starts in the
 * phase "warm-up"; `phase(name)` starts another; `stop()` gives the figures of each.
 */
export async function startProbe(options: {
  url: string;
  token: string;
  documentId: string;
  everyMs?: number;
}): Promise<{
  phase(name: string): Promise<void>;
  stop(): Promise<{ sent: number; lost: number; phases: Record<string, ProbeFigures> }>;
  kill(): void;
}> {
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
  // The probe is the measuring instrument: it runs ahead of other processes on a shared machine, so that what it
  // times is the server, not its own wait for a core.
  runAhead(child.pid!);
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
    async phase(name) {
      output = '';
      const started = line(`PROBE_PHASE ${name}`);
      child.stdin!.write(`phase ${name}\n`);
      await started;
    },
    async stop() {
      output = '';
      const result = line('PROBE_RESULT');
      child.stdin!.write('stop\n');
      return JSON.parse(await result) as { sent: number; lost: number; phases: Record<string, ProbeFigures> };
    },
    kill: () => child.kill('SIGKILL'),
  };
}
