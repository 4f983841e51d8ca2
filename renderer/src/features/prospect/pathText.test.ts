import { describe, expect, it } from 'vitest';
import type { ReferralPathDto } from '../../../../common/dto';
import { intermediaries, intermediariesText, pathLine, pathSteps, scorePercent } from './pathText';

const dana: ReferralPathDto = {
  score: 0.4212,
  start: {
    personId: 2,
    personName: 'Dana Lee',
    relationship: 'colleague',
    strength: 0.9,
    account: { id: 20, network: 'x', handle: 'danalee', name: 'Dana Lee' },
  },
  hops: [
    {
      from: { id: 20, network: 'x', handle: 'danalee', name: 'Dana Lee' },
      to: { id: 1, network: 'x', handle: 'acme_ceo', name: 'Ann Acme' },
      strength: 0.468,
      evidence: '@danalee follows @acme_ceo',
      direction: { fromFollowsTo: true, toFollowsFrom: false, fromInteracted: false, toInteracted: false },
      cold: true,
      coldReason:
        '@acme_ceo does not follow @danalee or interact with them (only @danalee follows @acme_ceo)',
    },
  ],
  explanation: '…',
  cold: true,
};

const mine: ReferralPathDto = {
  score: 0.0042,
  start: {
    personId: 1,
    personName: 'Me',
    relationship: 'me',
    strength: 1,
    account: { id: 10, network: 'x', handle: 'me', name: 'Me' },
  },
  hops: [
    {
      from: { id: 10, network: 'x', handle: 'me', name: 'Me' },
      to: { id: 30, network: 'x', handle: null, name: 'Bo' },
      strength: 0.1,
      evidence: '',
      direction: { fromFollowsTo: false, toFollowsFrom: true, fromInteracted: false, toInteracted: false },
      cold: false,
      coldReason: null,
    },
    {
      from: { id: 30, network: 'x', handle: null, name: 'Bo' },
      to: { id: 1, network: 'x', handle: 'acme_ceo', name: null },
      strength: 0.04,
      evidence: '',
      direction: { fromFollowsTo: false, toFollowsFrom: true, fromInteracted: false, toInteracted: false },
      cold: false,
      coldReason: null,
    },
  ],
  explanation: '…',
  cold: false,
};

describe('path labels', () => {
  it('reads from the user through their person to the prospect', () => {
    expect(pathLine(dana)).toBe('You → Dana Lee (your colleague, 0.90) → @acme_ceo');
    expect(pathSteps(dana).map((step) => step.kind)).toEqual(['you', 'person', 'prospect']);
    expect(intermediaries(dana)).toBe(1);
    expect(intermediariesText(dana)).toBe('One introduction');
  });

  it('starts at the user’s own account and names accounts without a handle', () => {
    expect(pathLine(mine)).toBe('You (@me) → Bo → @acme_ceo');
    expect(intermediariesText(mine)).toBe('One introduction');
    const direct = { ...mine, hops: [mine.hops[0]!] };
    expect(intermediariesText(direct)).toBe('Direct: you are already connected');
  });

  it('shows scores as percentages, small ones as <1%', () => {
    expect(scorePercent(0.4212)).toBe('42%');
    expect(scorePercent(0.0042)).toBe('<1%');
    expect(scorePercent(1)).toBe('100%');
    expect(scorePercent(0)).toBe('0%');
    expect(scorePercent(Number.NaN)).toBe('0%');
  });
});
