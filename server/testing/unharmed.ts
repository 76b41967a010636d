import { expect } from 'vitest';
import type { ServerProcess } from '../process/spawn-server';
import type { ProbeResult } from './probe';
import { storedRoomFingerprints } from './stored-rooms';

/** The stored rooms of a data folder as they were before the attacks, and the probe's own room, which changes. */
export type StoredRoomsBefore = { dataDir: string; probeFile: string; fingerprints: Map<string, string> };

/**
 * How much an attack may slow the probe, against the same probe with no attack just before it:
 * three times the quiet p99, plus 100 ms. The factor is for the attack's own cost (its client
 * shares the machine's two cores, and a server answering hundreds of bad requests a second is
 * busy, not hurt); the allowance is for scheduling on a loaded two-core machine, which stalls
 * any process now and then (quiet phases here, with the probe and server ahead of everything
 * else, saw single round trips of up to 148 ms at load average 15), and for the few requests an
 * attack sends at once, which the server answers one after another. A server that blocks its
 * loop on an attack shows as several hundred ms or seconds (docs/ARCHITECTURE.md, "Tests").
 */
export const PROBE_SLOWDOWN_FACTOR = 3;
export const PROBE_ALLOWANCE_MS = 100;

export function probeBound(result: ProbeResult): number {
  return PROBE_SLOWDOWN_FACTOR * result.baseline.p99 + PROBE_ALLOWANCE_MS;
}

/**
 * What every hostile-input test checks after an attack: the probe lost nothing and its p99
 * under attack stayed within `probeBound` of its p99 with no attack, the server process lives
 * and answers, and no stored room changed (rooms opened but never written to leave no file
 * behind).
 */
export async function expectServerUnharmed(
  server: ServerProcess,
  result: ProbeResult,
  rooms: StoredRoomsBefore,
): Promise<void> {
  const { baseline } = result;
  const figures = `probe p99 ${baseline.p99.toFixed(1)} ms with no attack (p50 ${baseline.p50.toFixed(1)}, max ${baseline.max.toFixed(1)}, ${baseline.received} samples), ${result.p99.toFixed(1)} ms under attack (p50 ${result.p50.toFixed(1)}, max ${result.max.toFixed(1)}, ${result.received} samples); bound ${PROBE_SLOWDOWN_FACTOR} × ${baseline.p99.toFixed(1)} + ${PROBE_ALLOWANCE_MS} = ${probeBound(result).toFixed(1)} ms`;
  console.log(`${expect.getState().currentTestName}: ${figures}`);
  expect(result.lost, figures).toBe(0);
  expect(baseline.received, figures).toBeGreaterThan(100);
  expect(result.received, figures).toBeGreaterThan(10);
  expect(result.p99, figures).toBeLessThanOrEqual(probeBound(result));
  expect(server.child.exitCode).toBeNull();
  expect(server.child.signalCode).toBeNull();
  expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  expect(await storedRoomFingerprints(rooms.dataDir, [rooms.probeFile])).toEqual(rooms.fingerprints);
}
