import { safeStorage } from 'electron';
import type { StoreHealthTracker } from '../../services/local-store/store-health';
import { openKeyFileSecretBox, type SecretBox } from '../../services/secret-box';

/** The OS keychain where Electron can use one; otherwise the same key file the browser host uses. */
export async function openSecretBox(dataDir: string, health: StoreHealthTracker): Promise<SecretBox> {
  if (!safeStorage.isEncryptionAvailable()) {
    console.warn(
      'The system keychain is not available; Branchline protects saved sessions with a key file in its data folder.',
    );
    return openKeyFileSecretBox(dataDir, health);
  }
  return {
    encrypt: (plain) => safeStorage.encryptString(plain).toString('base64'),
    decrypt: (sealed) => safeStorage.decryptString(Buffer.from(sealed, 'base64')),
  };
}
