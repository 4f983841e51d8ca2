import { readFileSync, writeFileSync } from 'node:fs';
import { safeStorage } from 'electron';
import type { RememberedPassphrases } from '../workspace/encryption';

type Stored = Record<string, string>;

/**
 * "Remember on this computer": passphrases encrypted by the system keychain (safeStorage), kept
 * in a file of the app data folder by workspace path. Only ever written when the user ticked the
 * box; never where safeStorage would fall back to a hard-coded key (Linux without a keyring).
 */
export class KeychainPassphrases implements RememberedPassphrases {
  constructor(private readonly file: string) {}

  private usable(): boolean {
    if (!safeStorage.isEncryptionAvailable()) return false;
    return process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text';
  }

  private read(): Stored {
    try {
      const value: unknown = JSON.parse(readFileSync(this.file, 'utf8'));
      return value && typeof value === 'object' ? (value as Stored) : {};
    } catch {
      return {};
    }
  }

  private write(stored: Stored): void {
    writeFileSync(this.file, `${JSON.stringify(stored, null, 2)}\n`, { mode: 0o600 });
  }

  recall(path: string): string | null {
    const sealed = this.read()[path];
    if (sealed === undefined || !this.usable()) return null;
    try {
      return safeStorage.decryptString(Buffer.from(sealed, 'base64'));
    } catch {
      return null; // the keychain changed: the user types it again
    }
  }

  remember(path: string, passphrase: string): void {
    if (!this.usable()) return;
    this.write({ ...this.read(), [path]: safeStorage.encryptString(passphrase).toString('base64') });
  }

  forget(path: string): void {
    const stored = this.read();
    if (!(path in stored)) return;
    delete stored[path];
    this.write(stored);
  }
}
