import { describe, expect, it } from 'vitest';
import { measure } from './evaluate';
import { ACCOUNTS, CONTACTS, LABELS } from './labelled-fixture';

describe('the matcher on the labelled fixture', () => {
  const truth = new Set(LABELS.filter(([, , same]) => same).map(([contact, id]) => `${contact}:${id}`));

  it('holds at least 60 labelled pairs, true and false', () => {
    expect(LABELS.length).toBeGreaterThanOrEqual(60);
    expect(truth.size).toBeGreaterThan(20);
    expect(LABELS.length - truth.size).toBeGreaterThan(30);
  });

  it('suggests with precision ≥ 0.9 and recall ≥ 0.85 at the default threshold', () => {
    const { precision, recall, wrong, missed } = measure(CONTACTS, ACCOUNTS, truth);
    expect({ precision, wrong }).toMatchObject({ precision: expect.any(Number) });
    expect(precision, JSON.stringify(wrong)).toBeGreaterThanOrEqual(0.9);
    expect(recall, JSON.stringify(missed)).toBeGreaterThanOrEqual(0.85);
  });

  it('ranks each contact’s true account above the same-name strangers', () => {
    const { suggested } = measure(CONTACTS, ACCOUNTS, truth, 0);
    for (const [contact, id, same] of LABELS) {
      if (!same) continue;
      const mine = suggested.filter((s) => s.contact === contact);
      const truePair = mine.find((s) => s.accountId === id)!;
      for (const stranger of mine.filter((s) => !s.same)) {
        expect(truePair.confidence, `${contact}: ${id} vs ${stranger.accountId}`).toBeGreaterThan(
          stranger.confidence,
        );
      }
    }
  });
});
