import { describe, expect, it } from 'vitest';
import type { ApiEvents } from '../../common/api';
import { fixtureWorld, xAccount as x } from '../test-support/fixture-world';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir();

describe('workspace.revised', () => {
  it('announces each call that wrote, with what it changed, and stays quiet for reads', async () => {
    const { api, core } = await fixtureWorld(tempDir, [{ type: 'account', key: x('1', 'acme_ceo') }]);
    // The fixture imported its records beside the API: let a first call take those in.
    await api.workspace.stats();
    const heard: ApiEvents['workspace.revised'][] = [];
    core.events.subscribe((event, payload) => {
      if (event === 'workspace.revised') heard.push(payload as ApiEvents['workspace.revised']);
    });
    const accountId = (await api.accounts.find({ ref: '@acme_ceo' }))!.id;

    await api.categories.list();
    await api.workspace.stats();
    expect(heard).toEqual([]);

    await api.notes.save({ accountId, body: 'Met at the fair' });
    await api.pursuit.save({ business: ['Acme'], competitors: { handles: [], keywords: ['Rival'] } });
    await api.prospects.remove({ accountId });
    expect(heard.map((h) => [h.method, h.changed])).toEqual([
      ['notes.save', ['notes']],
      ['pursuit.save', ['rules']],
      ['prospects.remove', ['prospects']],
    ]);

    heard.length = 0;
    await api.prospects.list();
    await api.focus.get({ accountId, timeZone: 'UTC' });
    expect(heard).toEqual([]);
  });
});
