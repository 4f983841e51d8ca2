import { describe, expect, it } from 'vitest';
import { fixtureWorld, personRecord, xAccount } from '../test-support/fixture-world';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir();

describe('the overview’s people figures (workspace.stats)', () => {
  it('counts your contacts without yourself, those linked to an account, and the suggestions to review', async () => {
    const ada = xAccount('1', 'ada');
    const { api } = await fixtureWorld(tempDir, [
      personRecord('me', 'Morgan Reyes', 'me', xAccount('9', 'me_myself')),
      personRecord('ada@example.com', 'Ada Lovelace', 'colleague', ada),
      personRecord('grace@example.com', 'Grace Hopper', 'customer'),
      { type: 'account', key: xAccount('2', 'grace_h'), name: 'Grace Hopper', bio: 'Admiral' },
      {
        type: 'person',
        sourceKey: 'alan@example.com',
        displayName: 'Alan Turing',
        accounts: [{ key: xAccount('3', 'alan'), status: 'suggested', evidence: 'same name' }],
      },
    ]);
    const counts = await api.workspace.stats();
    expect(counts.people).toBe(4);
    expect(counts).toMatchObject({ contacts: 3, contacts_linked: 1 });
    expect(counts.link_suggestions).toBeGreaterThanOrEqual(1);
  });

  it('are zero in a new workspace', async () => {
    const { api } = await fixtureWorld(tempDir, []);
    expect(await api.workspace.stats()).toMatchObject({
      contacts: 0,
      contacts_linked: 0,
      link_suggestions: 0,
    });
  });
});
