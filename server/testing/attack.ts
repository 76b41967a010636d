import { readFile } from 'node:fs/promises';
import { upgradeStatus } from './clients';
import { isOpen, openRawSocket, type RawSocket } from './raw-socket';

/** Helpers for tests that attack a server: open sockets through its refusals, and read its memory. */

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Opens a raw socket, waiting out 429 refusals (the server's upgrade rate) for up to `patienceMs`. */
export async function openThroughRefusals(
  url: string,
  documentId: string,
  token: string,
  patienceMs = 10_000,
): Promise<RawSocket> {
  const started = Date.now();
  for (;;) {
    const result = await openRawSocket(url, documentId, token);
    if (isOpen(result)) return result;
    if (result.refused !== 429 || Date.now() - started > patienceMs)
      throw new Error(`upgrade refused with ${result.refused}`);
    await sleep(50);
  }
}

/** Waits until the server has handled everything sent so far: it answers sync step 1 in order. */
export async function roundTrip(raw: RawSocket, timeoutMs = 10_000): Promise<void> {
  const answered = raw.received.length;
  // Sync step 1 with an empty state vector; the answer is a sync step 2.
  raw.socket.send(new Uint8Array([0, 0, 1, 0]));
  const started = Date.now();
  while (!raw.received.slice(answered).some((frame) => frame[0] === 0 && frame[1] === 1)) {
    if (Date.now() - started > timeoutMs) throw new Error('the server did not answer');
    await sleep(10);
  }
}

/** The resident memory of a process, in MiB (Linux). */
export async function residentMiB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kib = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1]);
  return kib / 1024;
}

/** The status of an upgrade to `address`, waiting out 429 refusals (the server's upgrade rate) for up to `patienceMs`. */
export async function upgradeStatusThroughRefusals(address: string, patienceMs = 10_000): Promise<number> {
  const started = Date.now();
  for (;;) {
    const status = await upgradeStatus(address);
    if (status !== 429 || Date.now() - started > patienceMs) return status;
    await sleep(50);
  }
}
