import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../common/client';
import { createMemoryTransport } from '../host/memory-transport';
import { useTempDir } from '../test-support/temp-dir';
import { createCore } from './core';

const tempDir = useTempDir();
const SAMPLES = join(__dirname, '..', '..', '..', 'shared', 'samples');

describe('mail.suggestedPeople', () => {
  it('lists who the user wrote to that is not a contact, and adds nobody', async () => {
    const core = createCore({ host: 'memory', dataDir: tempDir(), workspacesDir: tempDir() });
    const api = createClient(createMemoryTransport(core));
    await api.workspace.create({ path: join(tempDir(), 'Mail.itrack') });
    await api.import.run({
      path: join(SAMPLES, 'mail', 'gmail-takeout-scovottodavide-2022', 'Starred.mbox'),
      mail: { ownAddresses: ['scovottodavide@gmail.com'] },
    });
    expect(await api.mail.suggestedPeople({})).toEqual([
      {
        channel: 'email',
        address: 'albertosolavagione30@gmail.com',
        name: 'Alberto Solavagione',
        messages: 1,
        meetings: 0,
        lastAt: '2022-04-19T17:37:54.000Z',
      },
    ]);
    expect((await api.workspace.stats()).people).toBe(0);
    core.close();
  });
});
