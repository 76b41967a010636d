import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import type { PasswordHash } from './schema';

const PARAMS = { N: 16384, r: 8, p: 1 } as const;
const KEY_BYTES = 32;

/**
 * One derivation at a time. Each takes ~50 ms of a core and 16 MiB; run side by side (a burst
 * of sign-ins, or of guesses before the rate limit bites) they took both of a small server's
 * cores from its event loop, and every room's latency with them. Queued, they leave one free.
 */
let previous: Promise<unknown> = Promise.resolve();

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  const run = () =>
    new Promise<Buffer>((resolve, reject) =>
      scrypt(password.normalize('NFKC'), salt, KEY_BYTES, { ...options, maxmem: 64 * 1024 * 1024 }, (error, key) =>
        error ? reject(error) : resolve(key),
      ),
    );
  const result = previous.then(run, run);
  previous = result.catch(() => undefined);
  return result;
}

export async function hashPassword(password: string): Promise<PasswordHash> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS);
  return { salt: salt.toString('base64'), hash: key.toString('base64'), ...PARAMS };
}

export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64');
  const key = await derive(password, Buffer.from(stored.salt, 'base64'), { N: stored.N, r: stored.r, p: stored.p });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A fixed hash to verify against when the email is unknown, so a miss takes as long as a wrong password. */
let decoy: Promise<PasswordHash> | null = null;
export function decoyHash(): Promise<PasswordHash> {
  decoy ??= hashPassword(randomBytes(16).toString('hex'));
  return decoy;
}

export function generatePassword(): string {
  return randomBytes(12).toString('base64url');
}
