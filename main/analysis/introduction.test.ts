import { describe, expect, it } from 'vitest';
import type { ReferralPathDto } from '../../common/dto';
import { draftIntroduction } from './introduction';

const account = (id: number, handle: string, name: string) => ({ id, network: 'x' as const, handle, name });
const prospect = account(9, 'acme_ceo', 'Pat Acme');

/** A cold hop's fields: only the earlier person follows the next. */
const followsOnly = (from: string, to: string) => ({
  direction: { fromFollowsTo: true, toFollowsFrom: false, fromInteracted: false, toInteracted: false },
  cold: true,
  coldReason: `${to} does not follow ${from} or interact with them (only ${from} follows ${to})`,
});

const viaDana: ReferralPathDto = {
  score: 0.54,
  start: {
    personId: 2,
    personName: 'Dana Lee',
    relationship: 'colleague',
    strength: 0.9,
    account: account(2, 'dana', 'Dana Lee'),
  },
  hops: [
    {
      from: account(2, 'dana', 'Dana Lee'),
      to: prospect,
      strength: 0.6,
      evidence: '@dana and @acme_ceo follow each other',
      direction: { fromFollowsTo: true, toFollowsFrom: true, fromInteracted: false, toInteracted: false },
      cold: false,
      coldReason: null,
    },
  ],
  explanation: '',
  cold: false,
};

describe('introduction drafts', () => {
  it('asks the colleague, names the shared connection and what the prospect talks about', () => {
    const draft = draftIntroduction(
      viaDana,
      'Pat Acme',
      ['#supplychain', 'logistics.ai', '#ERP', 'extra'],
      'Sam Seller',
    );
    expect(draft.toBridge).toMatch(/^Hi Dana,/);
    expect(draft.toBridge).toContain(
      'I noticed you and Pat Acme (@acme_ceo) are connected (@dana and @acme_ceo follow each other)',
    );
    expect(draft.toBridge).toContain('talking a lot about #supplychain, logistics.ai and #ERP');
    expect(draft.toBridge).not.toContain('extra');
    expect(draft.forwardable).toMatch(/^Hi Pat,/);
    expect(draft.forwardable).toContain('introduce Sam Seller');
    expect(draft.forwardable.trim().endsWith('Dana')).toBe(true);
  });

  it('on my own two-hop path, asks the bridge and leaves topics out when none are known', () => {
    const mine: ReferralPathDto = {
      ...viaDana,
      start: {
        ...viaDana.start,
        relationship: 'me',
        personName: 'Me',
        account: account(1, 'me', 'Sam Seller'),
      },
      hops: [
        {
          from: account(1, 'me', 'Sam Seller'),
          to: account(3, 'bridge', 'Bo Bridge'),
          strength: 0.35,
          evidence: '@me follows @bridge',
          ...followsOnly('@me', '@bridge'),
        },
        {
          from: account(3, 'bridge', 'Bo Bridge'),
          to: prospect,
          strength: 0.35,
          evidence: '@bridge follows @acme_ceo',
          ...followsOnly('@bridge', '@acme_ceo'),
        },
      ],
      cold: true,
    };
    const draft = draftIntroduction(mine, 'Pat Acme', [], 'Sam Seller');
    expect(draft.toBridge).toMatch(/^Hi Bo,/);
    expect(draft.toBridge).toContain('(@bridge follows @acme_ceo)');
    expect(draft.toBridge).not.toContain('talking a lot');
    expect(draft.forwardable).toContain('following your work');
  });
});
