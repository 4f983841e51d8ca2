import { describe, expect, it } from 'vitest';
import type { DuplicateGroupDto, DuplicatePersonDto } from '../../../../common/person-merge-dto';
import { differingRelationships, duplicateKeyAction, keptId } from './duplicatesReview';

const record = (id: number, relationship: DuplicatePersonDto['relationship']): DuplicatePersonDto => ({
  id,
  displayName: `Person ${id}`,
  company: null,
  position: null,
  email: null,
  profileUrl: null,
  relationship,
  facts: { customerSince: null, did: null, says: null },
  accounts: [],
  sources: [],
});
const group = (...people: DuplicatePersonDto[]): DuplicateGroupDto => ({ people, evidence: [] });

describe('the duplicates review', () => {
  it('reads j/k and the arrows as moves, m as merge, n as "not the same person", digits as which to keep', () => {
    expect(['j', 'ArrowDown', 'k', 'ArrowUp', 'm', 'n', '2', 'x'].map(duplicateKeyAction)).toEqual([
      { kind: 'next' },
      { kind: 'next' },
      { kind: 'previous' },
      { kind: 'previous' },
      { kind: 'merge' },
      { kind: 'notSame' },
      { kind: 'keep', index: 1 },
      null,
    ]);
  });

  it('keeps the record chosen, else the first (the one with most sources)', () => {
    const pair = group(record(4, 'customer'), record(9, 'colleague'));
    expect(keptId(pair, undefined)).toBe(4);
    expect(keptId(pair, 9)).toBe(9);
    expect(keptId(pair, 12)).toBe(4);
  });

  it('asks for a relationship only when the records differ', () => {
    expect(differingRelationships(group(record(1, 'customer'), record(2, 'colleague')))).toEqual([
      'customer',
      'colleague',
    ]);
    expect(differingRelationships(group(record(1, 'customer'), record(2, 'customer')))).toEqual([]);
  });
});
