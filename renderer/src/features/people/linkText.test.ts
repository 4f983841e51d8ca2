import { describe, expect, it } from 'vitest';
import type { PersonLinkDto } from '../../../../common/dto';
import { linkedAccountName, suggestionText } from './linkText';

const link: PersonLinkDto = {
  personId: 1,
  personName: 'Dana Lee',
  relationship: 'customer',
  accountId: 7,
  network: 'x',
  handle: 'danalee',
  accountName: 'Dana Lee',
  status: 'suggested',
  evidence: 'same name; bio mentions Acme',
  confidence: 0.9,
  evidenceItems: [],
};

describe('suggestionText', () => {
  it('says who may be which account and why', () => {
    expect(suggestionText(link)).toBe('Dana Lee (customer) may be @danalee — same name; bio mentions Acme');
  });

  it('leaves out missing evidence', () => {
    expect(suggestionText({ ...link, evidence: null })).toBe('Dana Lee (customer) may be @danalee');
  });
});

describe('linkedAccountName', () => {
  it('names the network when it is not X, and falls back to the display name', () => {
    expect(linkedAccountName({ ...link, network: 'bluesky', handle: 'dana.bsky.social' })).toBe(
      '@dana.bsky.social on Bluesky',
    );
    expect(linkedAccountName({ ...link, handle: null })).toBe('Dana Lee');
    expect(linkedAccountName({ ...link, handle: null, accountName: null })).toBe('account 7');
  });
});
