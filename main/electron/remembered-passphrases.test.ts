import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createClient } from '../../common/client';
import { createCore } from '../api/core';
import { createMemoryTransport } from '../host/memory-transport';
import { useTempDir } from '../test-support/temp-dir';
import { safeStorage } from './electron-stand-in';
import { KeychainPassphrases } from './remembered-passphrases';

vi.mock('electron', async () => (await import('./electron-stand-in')).electronStandIn);

const tempDir = useTempDir();
const PASSPHRASE = 'zq remembered passphrase';

/** The core as the shell builds it, with the keychain-backed store. */
function start() {
  const dir = tempDir();
  const store = join(dir, 'remembered-passphrases.json');
  const core = createCore({
    host: 'electron',
    dataDir: dir,
    workspacesDir: dir,
    passphrases: new KeychainPassphrases(store),
  });
  return { core, api: createClient(createMemoryTransport(core)), path: join(dir, 'Secret.itrack'), store };
}

beforeEach(() => {
  safeStorage.calls.length = 0;
  safeStorage.backend = 'gnome_libsecret';
});

describe('remembering a passphrase on this computer (Electron)', { timeout: 60_000 }, () => {
  it('asks the keychain nothing unless the user ticked the box', async () => {
    const { core, api, path } = start();
    await api.workspace.create({ path, passphrase: PASSPHRASE });
    await api.workspace.close();
    await api.workspace.open({ path, passphrase: PASSPHRASE });
    await api.workspace.close();
    expect(safeStorage.calls).not.toContain('encryptString');
    await expect(api.workspace.open({ path })).rejects.toMatchObject({ code: 'WORKSPACE_NEEDS_PASSPHRASE' });
    core.close();
  });

  it('ticked, the keychain seals it and the next open needs no typing; the file never holds it in plain', async () => {
    const { core, api, path, store } = start();
    await api.workspace.create({ path, passphrase: PASSPHRASE });
    await api.workspace.close();
    await api.workspace.open({ path, passphrase: PASSPHRASE, remember: true });
    expect(safeStorage.calls.filter((call) => call === 'encryptString')).toHaveLength(1);
    expect(readFileSync(store, 'utf8')).not.toContain(PASSPHRASE);
    await api.workspace.close();

    expect((await api.workspace.open({ path })).encrypted).toBe(true);
    expect(safeStorage.calls).toContain('decryptString');
    core.close();
  });

  it('never remembers where safeStorage would use a hard-coded key (Linux without a keyring)', async () => {
    if (process.platform !== 'linux') return;
    safeStorage.backend = 'basic_text';
    const { core, api, path } = start();
    await api.workspace.create({ path, passphrase: PASSPHRASE });
    await api.workspace.close();
    await api.workspace.open({ path, passphrase: PASSPHRASE, remember: true });
    expect(safeStorage.calls).not.toContain('encryptString');
    core.close();
  });
});
