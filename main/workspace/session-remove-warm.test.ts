import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importRecords, xAccount } from '../test-support/fixture-world';
import { useTempDir } from '../test-support/temp-dir';
import { createCore } from '../api/core';

const tempDir = useTempDir();
afterEach(() => vi.useRealTimers());

describe('the tie index after a removal', () => {
  it('loads again in the next quiet moment after import.remove', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'Date'] });
    const core = createCore({ host: 'web', dataDir: tempDir(), workspacesDir: tempDir() });
    const call = (method: string, args: unknown = {}) => core.dispatcher.dispatch({ method, args });
    await call('workspace.create', { path: join(tempDir(), 'remove-warm.itrack') });
    const workspace = core.session.require();
    await importRecords(core, tempDir, [
      { type: 'follow', follower: xAccount('1', 'a'), followee: xAccount('2', 'b') },
    ]);
    const { sourceId } = await importRecords(
      core,
      tempDir,
      [{ type: 'follow', follower: xAccount('3', 'c'), followee: xAccount('2', 'b') }],
      'second.txt',
    );
    await vi.advanceTimersByTimeAsync(1_600);
    expect(workspace.ties.isLoaded()).toBe(true);

    expect(await call('import.remove', { sourceId })).toMatchObject({ ok: true });
    expect(workspace.ties.isLoaded()).toBe(false);
    await vi.advanceTimersByTimeAsync(1_600);
    expect(workspace.ties.isLoaded()).toBe(true);
    core.close();
  });
});
