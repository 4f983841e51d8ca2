import { describe, expect, it } from 'vitest';
import type { DetectedImport, ImportSummaryDto } from '../../../../common/dto';
import { countParts, countSentence, runHeadline, skippedTotal, type ItemOutcome } from './importOutcome';

const item = { displayName: 'archive' } as DetectedImport;
const summary = {
  added: { accounts: 1812, follows: 1, posts: 0, likes: 0, people: 0, links: 0 },
  skipped: [
    { reason: 'deleted account', count: 3, examples: [] },
    { reason: 'no id', count: 1200, examples: [] },
  ],
} as unknown as ImportSummaryDto;

describe('countParts and countSentence', () => {
  it('names non-zero counts with separators and singulars', () => {
    expect(countParts(summary.added)).toEqual(['1,812 accounts', '1 follow']);
    expect(countSentence({ accounts: 2, follows: 3, posts: 4 })).toBe('2 accounts, 3 follows and 4 posts');
    expect(countSentence({ people: 1 })).toBe('1 person');
  });

  it('says nothing was there rather than listing zeros', () => {
    expect(countSentence({ accounts: 0 })).toBe('nothing');
    expect(countSentence({}, 'no new records')).toBe('no new records');
  });
});

describe('skippedTotal', () => {
  it('adds up every reason', () => {
    expect(skippedTotal(summary)).toBe(1203);
  });
});

describe('runHeadline', () => {
  const imported: ItemOutcome = { status: 'imported', item, summary };
  const failed: ItemOutcome = { status: 'failed', item, message: 'bad record' };

  it('tells a cancel that changed nothing from one after earlier imports', () => {
    expect(
      runHeadline([
        { status: 'cancelled', item },
        { status: 'notRun', item },
      ]),
    ).toBe('Cancelled — the workspace is unchanged');
    expect(runHeadline([imported, { status: 'cancelled', item }])).toContain('1 file imported before');
    // Cancelled between two items: nothing was rolled back, the rest never started.
    expect(runHeadline([imported, { status: 'notRun', item }])).toContain('the rest was not imported');
  });

  it('counts successes and failures', () => {
    expect(runHeadline([imported])).toBe('Imported 1 file');
    expect(runHeadline([imported, imported])).toBe('Imported 2 files');
    expect(runHeadline([imported, failed, imported])).toBe('Imported 2 of 3 files');
    expect(runHeadline([failed])).toBe('The import failed');
  });

  it('does not call a repeat an import', () => {
    const repeat: ItemOutcome = {
      status: 'imported',
      item,
      summary: { ...summary, alreadyImportedAt: '2026-01-01T00:00:00Z' },
    };
    expect(runHeadline([repeat])).toBe('Nothing new: already imported');
    expect(runHeadline([imported, repeat])).toBe('Imported 1 file; 1 already imported');
  });
});
