import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ChangeResult, Result, ServerEntry, ServerOutbox, StoreHealth } from '../../../shared/ipc/contract';
import { startHostServices, type HostServicesOptions } from '../host-services';
import { openKeyFileSecretBox } from '../secret-box';

/** Test helpers: a real host (local store on disk, real HTTP) and what it told the windows. */

export type HostEvents = { servers: ServerEntry[][]; health: StoreHealth[]; outbox: ServerOutbox[] };

export async function tempDir(prefix: string): Promise<string> {
  return mkdtemp(path.join(tmpdir(), `branchline-${prefix}-`));
}

export async function startTestHost(dataDir: string, options: Partial<HostServicesOptions> = {}) {
  const events: HostEvents = { servers: [], health: [], outbox: [] };
  const services = await startHostServices({
    host: 'web',
    version: '0.0.0',
    dataDir,
    secrets: openKeyFileSecretBox,
    emit: (event, payload) => {
      if (event === 'servers:changed') events.servers.push(payload as ServerEntry[]);
      else if (event === 'outbox:changed') events.outbox.push(payload as ServerOutbox);
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

/** What the server made of a change it took at once; a queued one fails the test. */
export function saved<Made>(answer: Result<ChangeResult<Made>>): Made {
  const value = unwrap(answer);
  if (value.status !== 'saved') throw new Error(`expected the server to take the change, but it was ${value.status}`);
  return value.made;
}

export const after = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
