import { expect } from 'vitest';
import type { ServerProcess } from '../process/spawn-server';
import type { ProbeResult } from './probe';
import { storedRoomFingerprints } from './stored-rooms';

/** The stored rooms of a data folder as they were before the attacks, and the probe's own room, which changes. */
export type StoredRoomsBefore = { dataDir: string; probeFile: string; fingerprints: Map<string, string> };

/**
 * What every hostile-input test checks after an attack: the probe lost nothing and kept its
 * p99 under 100 ms, the server process lives and answers, and no stored room changed (rooms
 * opened but never written to leave no file behind).
 */
export async function expectServerUnharmed(
  server: ServerProcess,
  result: ProbeResult,
  rooms: StoredRoomsBefore,
): Promise<void> {
  expect(result.lost).toBe(0);
  expect(result.received).toBeGreaterThan(10);
  expect(result.p99).toBeLessThan(100);
  expect(server.child.exitCode).toBeNull();
  expect(server.child.signalCode).toBeNull();
  expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  expect(await storedRoomFingerprints(rooms.dataDir, [rooms.probeFile])).toEqual(rooms.fingerprints);
}
