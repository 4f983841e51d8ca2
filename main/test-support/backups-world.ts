import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createClient } from '../../common/client';
import { createCore } from '../api/core';
import { backupsFolder } from '../db/backup-folder';
import { createMemoryTransport } from '../host/memory-transport';

/** A core with its own data folder and a fresh workspace path in `dir`. */
export function backupsWorld(dir: string, dataDir: string, name = 'Acme.itrack') {
  const core = createCore({ host: 'memory', dataDir, workspacesDir: dir });
  const api = createClient(createMemoryTransport(core));
  return { core, api, path: join(dir, name) };
}

/** Every file in the workspace's backups folder (backups, sidecars, anything else), concatenated. */
export function backupsBytes(workspacePath: string): Buffer {
  const folder = backupsFolder(workspacePath);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return Buffer.alloc(0);
  }
  return Buffer.concat(
    names
      .map((name) => join(folder, name))
      .filter((path) => statSync(path).isFile())
      .map((path) => readFileSync(path)),
  );
}
