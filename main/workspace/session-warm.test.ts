import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importRecords, xAccount } from '../test-support/fixture-world';
import { useTempDir } from '../test-support/temp-dir';
import { createCore } from '../api/core';

const tempDir = useTempDir();
afterEach(() => vi.useRealTimers());

describe('the tie index in the app', () => {
  it('loads in a quiet moment after opening and after an import, not while calls keep coming', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'Date'] });
    const core = createCore({ host: 'web', dataDir: tempDir(), workspacesDir: tempDir() });
    const call = (method: string, args: unknown = {}) => core.dispatcher.dispatch({ method, args });
    await call('workspace.create', { path: join(tempDir(), 'warm.itrack') });
    const workspace = core.session.require();
    expect(workspace.ties.isLoaded()).toBe(false);

    // Calls every second keep it waiting; a second and a half of quiet lets it load.
    for (let i = 0; i < 3; i += 1) {
      await vi.advanceTimersByTimeAsync(1_000);
      await call('app.info');
    }
    expect(workspace.ties.isLoaded()).toBe(false);
    await vi.advanceTimersByTimeAsync(1_600);
    expect(workspace.ties.isLoaded()).toBe(true);

    // An import makes it stale; the next quiet moment after the import call loads it again.
    await importRecords(core, tempDir, [
      { type: 'follow', follower: xAccount('1', 'a'), followee: xAccount('2', 'b') },
    ]);
    expect(workspace.ties.isLoaded()).toBe(false);
    core.session.settled('import.run');
    await vi.advanceTimersByTimeAsync(1_600);
    expect(workspace.ties.isLoaded()).toBe(true);
    core.close();
  });

  it('is left to load on demand by the CLI and tests (host memory)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'Date'] });
    const core = createCore({ host: 'memory', dataDir: tempDir(), workspacesDir: tempDir() });
    core.session.create(join(tempDir(), 'cold.itrack'));
    await vi.advanceTimersByTimeAsync(5_000);
    expect(core.session.require().ties.isLoaded()).toBe(false);
    core.close();
  });
});
