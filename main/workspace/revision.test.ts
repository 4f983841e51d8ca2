import { describe, expect, it } from 'vitest';
import { fixtureWorld, xAccount as x } from '../test-support/fixture-world';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir();

describe('the workspace revision', () => {
  it('moves after calls that write, except the notes, and stays for reads', async () => {
    const { api, core } = await fixtureWorld(tempDir, [{ type: 'account', key: x('1', 'acme_ceo') }]);
    const revision = () => core.session.require().revision.value;
    const accountId = (await api.accounts.find({ ref: '@acme_ceo' }))!.id;
    const start = revision();

    await api.notes.save({ accountId, body: 'Met at the fair' });
    await api.categories.list();
    await api.audience.segments({ accountId, list: 'followers' });
    expect(revision()).toBe(start);

    await api.pursuit.save({ business: ['Acme'], competitors: { handles: [], keywords: ['Rival'] } });
    expect(revision()).toBe(start + 1);
    // Saving a note made the account a prospect; taking it off the list is a write.
    await api.prospects.remove({ accountId });
    expect(revision()).toBe(start + 2);
    await api.notes.save({ accountId, body: 'Met at the fair; likes sailing' });
    expect(revision()).toBe(start + 2);
  });
});
