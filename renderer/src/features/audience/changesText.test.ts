import { describe, expect, it } from 'vitest';
import type { AccountBrief, ListChangeDto } from '../../../../common/dto';
import { changeHeadings, changeSummary, listsWithoutChanges } from './changesText';

const someone = (id: number): AccountBrief => ({ id, network: 'x', handle: `a${id}`, name: null });

const change = (list: ListChangeDto['list'], added: number, removed: number): ListChangeDto => ({
  list,
  from: {
    sourceId: 1,
    fileName: 'a.js',
    importedAt: '2026-03-05T10:00:00Z',
    capturedAt: '2026-03-01T00:00:00Z',
  },
  to: { sourceId: 2, fileName: 'b.js', importedAt: '2026-04-02T10:00:00Z', capturedAt: null },
  added: Array.from({ length: added }, (_, i) => someone(i + 1)),
  removed: Array.from({ length: removed }, (_, i) => someone(i + 100)),
  addedCount: added,
  removedCount: removed,
});

describe('changeSummary', () => {
  it('says what changed between the two imports, by their capture dates', () => {
    expect(changeSummary(change('following', 12, 3))).toBe(
      'Between Mar 1, 2026 and Apr 2, 2026: newly followed 12, unfollowed 3',
    );
    expect(changeSummary(change('followers', 1, 0))).toBe(
      'Between Mar 1, 2026 and Apr 2, 2026: 1 new follower, 0 stopped following',
    );
  });

  it('names the day once when both imports are of the same day', () => {
    const sameDay = change('followers', 43, 100);
    sameDay.from = { ...sameDay.from, capturedAt: null, importedAt: '2026-04-02T08:00:00Z' };
    expect(changeSummary(sameDay)).toBe(
      'Between two imports on Apr 2, 2026: 43 new followers, 100 stopped following',
    );
  });

  it('counts every change, not only the accounts the server lists', () => {
    expect(changeSummary({ ...change('following', 500, 0), addedCount: 1234 })).toContain(
      'newly followed 1,234',
    );
  });
});

describe('listsWithoutChanges', () => {
  it('names the lists that lack a second import', () => {
    expect(listsWithoutChanges([change('following', 1, 1)])).toEqual(['followers']);
    expect(listsWithoutChanges([])).toEqual(['following', 'followers']);
  });

  it('has headings per list', () => {
    expect(changeHeadings('following').added).toBe('Newly followed');
    expect(changeHeadings('followers').removed).toBe('Stopped following');
  });
});
