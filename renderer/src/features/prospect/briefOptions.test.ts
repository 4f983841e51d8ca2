import { describe, expect, it } from 'vitest';
import type { AccountBrief, ReferralPathDto } from '../../../../common/dto';
import { briefArgs, briefSectionChoices, redactionCandidates } from './briefOptions';

const account = (id: number, handle: string): AccountBrief => ({ id, network: 'x', handle, name: null });
const path = (...hops: AccountBrief[]): ReferralPathDto =>
  ({
    hops: hops.slice(1).map((to, i) => ({ from: hops[i]!, to, strength: 50, evidence: '' })),
  }) as unknown as ReferralPathDto;

describe('the brief dialog’s choices', () => {
  it('offers the six sections of the brief, all chosen at first', () => {
    expect(briefSectionChoices.map((s) => s.id)).toEqual([
      'who',
      'what',
      'when',
      'where',
      'whyHow',
      'extent',
    ]);
  });

  it('offers to hide the people on the paths, once each, never the prospect', () => {
    const me = account(1, 'me');
    const dana = account(2, 'dana');
    const bo = account(3, 'bo');
    const prospect = account(9, 'acme_ceo');
    expect(
      redactionCandidates([path(me, dana, prospect), path(me, bo, dana, prospect)], 9).map((a) => a.handle),
    ).toEqual(['me', 'dana', 'bo']);
  });

  it('sends only what differs from the whole brief', () => {
    expect(briefArgs(7, new Set(briefSectionChoices.map((s) => s.id)), new Set())).toEqual({ accountId: 7 });
    expect(briefArgs(7, new Set(['who', 'extent']), new Set([2]))).toEqual({
      accountId: 7,
      sections: ['who', 'extent'],
      redact: { accountIds: [2] },
    });
  });
});
