import { describe, expect, it } from 'vitest';
import type { PersonLinkDto } from '../../../../common/dto';
import { aboveThreshold, keyAction, nextSelection } from './reviewQueue';

const link = (personId: number, accountId: number, confidence: number): PersonLinkDto => ({
  personId,
  personName: `Person ${personId}`,
  relationship: 'customer',
  accountId,
  network: 'x',
  handle: `h${accountId}`,
  accountName: null,
  status: 'suggested',
  evidence: null,
  confidence,
  evidenceItems: [],
});

describe('the review queue', () => {
  it('reads j/k and the arrows as moves, a as accept, r as reject, n as "not this person"', () => {
    expect(keyAction('j')).toBe('next');
    expect(keyAction('ArrowDown')).toBe('next');
    expect(keyAction('k')).toBe('previous');
    expect(keyAction('ArrowUp')).toBe('previous');
    expect(keyAction('a')).toBe('accept');
    expect(keyAction('r')).toBe('reject');
    expect(keyAction('n')).toBe('notThisPerson');
    expect(keyAction('x')).toBeNull();
  });

  it('after a decision the selection stays at the same place, on the next suggestion', () => {
    const queue = [link(1, 10, 0.9), link(2, 20, 0.8), link(3, 30, 0.7)];
    expect(nextSelection(queue, 1, 'next')).toBe(2);
    expect(nextSelection(queue, 2, 'next')).toBe(2);
    expect(nextSelection(queue, 0, 'previous')).toBe(0);
    // The second was decided and left the queue: the third is now at index 1.
    expect(nextSelection(queue.slice(0, 1).concat(queue.slice(2)), 1, 'stay')).toBe(1);
    expect(nextSelection(queue.slice(0, 2), 2, 'stay')).toBe(1);
    expect(nextSelection([], 0, 'stay')).toBe(-1);
  });

  it('bulk accept takes the suggestions at or above the threshold, one per account and per person', () => {
    const queue = [
      link(1, 10, 0.95),
      link(2, 10, 0.9),
      link(1, 11, 0.85),
      link(3, 30, 0.8),
      link(4, 40, 0.5),
    ];
    expect(aboveThreshold(queue, 0.8).map((l) => [l.personId, l.accountId])).toEqual([
      [1, 10],
      [3, 30],
    ]);
    expect(aboveThreshold(queue, 0.99)).toEqual([]);
  });
});
