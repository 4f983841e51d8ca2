import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileHandlers } from './files';

const ctx = { signal: new AbortController().signal, progress: () => {} };

describe('files.list', () => {
  const dir = mkdtempSync(join(tmpdir(), 'itrack-files-'));

  it('lists the workspaces folder in browser mode', async () => {
    const listing = await fileHandlers('web', dir)['files.list']({}, ctx);
    expect(listing.path).toBe(dir);
    expect(listing.roots.map((root) => root.label)).toEqual(['Workspaces', 'Home']);
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists nothing in the desktop app, which has native dialogs', () => {
    expect(() => fileHandlers('electron', dir)['files.list']({}, ctx)).toThrow(/own dialogs/);
  });
});
