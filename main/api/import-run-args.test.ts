import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../common/client';
import { createMemoryTransport } from '../host/memory-transport';
import { useTempDir } from '../test-support/temp-dir';
import { createCore } from './core';

const tempDir = useTempDir();

describe('import.run passes on what the review decided', () => {
  it('a CSV imports with the column mapping the user confirmed, even when the columns cannot be guessed', async () => {
    const dir = tempDir();
    const core = createCore({ host: 'memory', dataDir: dir, workspacesDir: dir });
    const api = createClient(createMemoryTransport(core));
    await api.workspace.create({ path: join(dir, 'w.itrack') });
    const csv = join(dir, 'handles.csv');
    writeFileSync(csv, 'screen_name,display name\ndana_lee,Dana Lee\nbo,Bo Bridge\n');
    const summary = await api.import.run({
      path: csv,
      columnMapping: {
        kind: 'accounts',
        columns: { handle: 'screen_name', name: 'display name' },
        defaultNetwork: 'x',
      },
    });
    expect(summary.added.accounts).toBe(2);
    expect(await api.accounts.find({ ref: '@dana_lee' })).toMatchObject({ name: 'Dana Lee' });
    core.close();
  });
});
