import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Result, ServerEntry, StoreHealth } from '../../../shared/ipc/contract';
import { startHostServices, type HostServicesOptions } from '../host-services';
import { openKeyFileSecretBox } from '../secret-box';

/** Test helpers: a real host (local store on disk, real HTTP) and what it told the windows. */

export type HostEvents = { servers: ServerEntry[][]; health: StoreHealth[] };

export async function tempDir(prefix: string): Promise<string> {
  return mkdtemp(path.join(tmpdir(), `branchline-${prefix}-`));
}

export async function startTestHost(dataDir: string, options: Partial<HostServicesOptions> = {}) {
  const events: HostEvents = { servers: [], health: [] };
  const services = await startHostServices({
    host: 'web',
    version: '0.0.0',
    dataDir,
    secrets: openKeyFileSecretBox,
    emit: (event, payload) => {
      if (event === 'servers:changed') events.servers.push(payload as ServerEntry[]);
      else events.health.push(payload as StoreHealth);
    },
    openExternal: async () => undefined,
    log: () => undefined,
    // Tests poll when they choose to (pollActivity), unless they ask for a short interval.
    activityPollMs: 3_600_000,
    ...options,
  });
  return { services, handlers: services.handlers, events };
}

/** The value of a successful answer; a failure fails the test with its code. */
export function unwrap<T>(answer: Result<T>): T {
  if (!answer.ok) throw new Error(`expected success, got ${answer.error}`);
  return answer.value;
}

export const after = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
