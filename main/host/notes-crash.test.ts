import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { samplePath } from '../test-support/samples';
import { useTempDir } from '../test-support/temp-dir';
import { connectClient, startWebHost } from '../test-support/web-host';

const tempDir = useTempDir();

describe('notes survive a crash', () => {
  it('a note typed, the server killed, restarted: the note is there', async () => {
    const dataDir = tempDir();
    const workspacesDir = tempDir();
    const path = join(workspacesDir, 'crash.itrack');

    const first = await startWebHost(dataDir, workspacesDir);
    const one = await connectClient(first.url);
    await one.api.workspace.create({ path });
    await one.api.import.run({ path: samplePath('x-archive', 'denchi-2020') });
    const account = (await one.api.accounts.list({ limit: 1 })).rows[0]!;
    await one.api.notes.save({ accountId: account.id, body: '# Call prep\n\n- ask about the **Lyon** site' });
    await one.api.notes.save({
      accountId: account.id,
      body: '# Call prep\n\n- ask about the **Lyon** site\n- bring the case study',
    });
    one.close();
    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));

    const second = await startWebHost(dataDir, workspacesDir);
    const two = await connectClient(second.url);
    await two.api.workspace.open({ path });
    const note = await two.api.notes.get({ accountId: account.id });
    expect(note?.body).toBe('# Call prep\n\n- ask about the **Lyon** site\n- bring the case study');
    expect((await two.api.prospects.list()).map((p) => p.accountId)).toContain(account.id);
    two.close();
    second.child.kill('SIGTERM');
    await new Promise((resolve) => second.child.once('exit', resolve));
  }, 60_000);
});
