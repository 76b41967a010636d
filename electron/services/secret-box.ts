import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Protects session tokens at rest. Electron uses the OS keychain (safeStorage); the browser host a key file. */
export interface SecretBox {
  encrypt(plain: string): string;
  decrypt(sealed: string): string;
}

const KEY_FILE = 'secret.key';

/**
 * AES-256-GCM with a random key kept in `<dataDir>/secret.key` (mode 0600). This protects a
 * copied `branchline.json` on its own, not against someone who can read the whole folder as
 * this user; the OS keychain (Electron's safeStorage) is the stronger option where it exists.
 */
export async function openKeyFileSecretBox(dataDir: string): Promise<SecretBox> {
  const file = path.join(dataDir, KEY_FILE);
  await mkdir(dataDir, { recursive: true });
  let key: Buffer;
  try {
    key = await readFile(file);
    if (key.byteLength !== 32) throw new Error(`${file} is not a 32-byte key`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    key = randomBytes(32);
    await writeFile(file, key, { mode: 0o600, flag: 'wx' });
  }
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
