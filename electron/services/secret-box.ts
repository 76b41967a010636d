import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { WRITE_RETRY_MS, type StoreHealthTracker } from './local-store/store-health';

/** Protects session tokens at rest. Electron uses the OS keychain (safeStorage); the browser host a key file. */
export interface SecretBox {
  encrypt(plain: string): string;
  decrypt(sealed: string): string;
}

const KEY_FILE = 'secret.key';
const KEY_BYTES = 32;

/** Reads the key; a missing one is null, and one that cannot be used is moved aside (and told of) before it is replaced. */
async function readKey(file: string, health: StoreHealthTracker | undefined): Promise<Buffer | null> {
  let problem: string;
  try {
    const key = await readFile(file);
    if (key.byteLength === KEY_BYTES) return key;
    problem = `it holds ${key.byteLength} bytes, not a ${KEY_BYTES}-byte key`;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    problem = `it could not be read (${error instanceof Error ? error.message : String(error)})`;
  }
  let keptAs: string | null = `${file}.corrupt-${Date.now()}`;
  await rename(file, keptAs).catch(() => (keptAs = null));
  const detail = `Branchline could not use ${file}: ${problem}. ${keptAs ? `It was moved to ${keptAs}` : 'It could not be moved aside'}; saved sign-ins sealed with it cannot be opened, so sign in again.`;
  if (health) health.damaged({ what: 'secret-key', keptAs, detail });
  else console.warn(detail);
  return null;
}

/** Saves a new key, and keeps trying while the folder cannot be written: until then it lives in memory only. */
function saveKey(file: string, key: Buffer, health: StoreHealthTracker | undefined): Promise<void> {
  return writeFile(file, key, { mode: 0o600, flag: 'wx' }).then(
    () => health?.succeeded(file),
    (error: unknown) => {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return;
      health?.failed(file, error);
      setTimeout(() => void saveKey(file, key, health), WRITE_RETRY_MS).unref();
    },
  );
}

/**
 * AES-256-GCM with a random key kept in `<dataDir>/secret.key` (mode 0600). This protects a
 * copied `branchline.json` on its own, not against someone who can read the whole folder as
 * this user; the OS keychain (Electron's safeStorage) is the stronger option where it exists.
 * A damaged key is set aside and replaced (saved sign-ins then need signing in again); a
 * folder that cannot be written does not stop the app.
 */
export async function openKeyFileSecretBox(dataDir: string, health?: StoreHealthTracker): Promise<SecretBox> {
  const file = path.join(dataDir, KEY_FILE);
  await mkdir(dataDir, { recursive: true }).catch(() => undefined);
  const existing = await readKey(file, health);
  const key = existing ?? randomBytes(KEY_BYTES);
  if (!existing) await saveKey(file, key, health);
  await chmod(file, 0o600).catch(() => undefined);
  return {
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
    },
    decrypt(sealed) {
      const bytes = Buffer.from(sealed, 'base64');
      const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12));
      decipher.setAuthTag(bytes.subarray(12, 28));
      return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}
