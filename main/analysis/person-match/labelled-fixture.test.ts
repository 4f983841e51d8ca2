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

  it('knowing where contacts live finds more true accounts and fewer strangers', () => {
    // As the workspace matched before people had a location (migration 009): none known.
    const unplaced = CONTACTS.map(({ location: _unknown, ...contact }) => contact);
    const before = measure(unplaced, ACCOUNTS, truth);
    const after = measure(CONTACTS, ACCOUNTS, truth);
    const figures = (m: typeof before) =>
      `precision ${m.precision.toFixed(3)}, recall ${m.recall.toFixed(3)}`;
    console.info(`labelled fixture without locations: ${figures(before)}; with: ${figures(after)}`);
    expect(after.precision).toBeGreaterThan(before.precision);
    expect(after.recall).toBeGreaterThan(before.recall);
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
