import { describe, expect, it } from 'vitest';
import { parseSearchQuery, SearchSyntaxError } from './search-query';

describe('search grammar', () => {
  it('quotes every word so user text is never FTS syntax', () => {
    expect(parseSearchQuery('crm vendor').match).toBe('"crm" AND "vendor"');
    expect(parseSearchQuery('NEAR( AND').match).toBe('"NEAR" AND "AND"');
  });

  it('reads phrases, prefixes, OR and exclusions', () => {
    expect(parseSearchQuery('"can anyone recommend" crm*').match).toBe('"can anyone recommend" AND "crm"*');
    expect(parseSearchQuery('hubspot OR salesforce').match).toBe('("hubspot" OR "salesforce")');
    expect(parseSearchQuery('need crm OR erp -hiring').match).toBe(
      '"need" AND ("crm" OR "erp") NOT "hiring"',
    );
    expect(parseSearchQuery('vendor -"job offer"').excluded).toEqual(['job offer']);
  });

  it('takes filters out of the text', () => {
    const query = parseSearchQuery(
      'from:@acme_ceo to:dana #SupplyChain since:2024-01-01 until:2024-12-31 has:link pricing',
    );
    expect(query).toMatchObject({
      match: '"pricing"',
      from: ['acme_ceo'],
      to: [['dana']],
      tags: ['SupplyChain'],
      since: '2024-01-01',
      until: '2024-12-31',
      hasLink: true,
    });
    expect(parseSearchQuery('from:@acme_ceo').match).toBeNull();
  });

  it('reads to: with several handles as any of them, and followers: as a prospect’s audience', () => {
    expect(parseSearchQuery('to:@close,@pipedrive followers:@acme_ceo')).toMatchObject({
      to: [['close', 'pipedrive']],
      followersOf: ['acme_ceo'],
    });
  });

  it('explains what it cannot read', () => {
    expect(() => parseSearchQuery('"unclosed')).toThrow(SearchSyntaxError);
    expect(() => parseSearchQuery('since:yesterday')).toThrow('since: needs a date');
    expect(() => parseSearchQuery('-spam')).toThrow('not only what to leave out');
    expect(() => parseSearchQuery('has:video')).toThrow('has:link');
  });
});

describe('queries in Chinese, Japanese or Korean', () => {
  it('become substrings to find: groups AND-ed, OR within a group, exclusions apart', () => {
    expect(parseSearchQuery('物流 "サプライ チェーン" DX OR 自動化 -求人 from:@yamada')).toMatchObject({
      match: null,
      text: { groups: [['物流'], ['サプライ チェーン'], ['DX', '自動化']], excluded: ['求人'] },
      from: ['yamada'],
    });
    expect(parseSearchQuery('한국어*').text).toEqual({ groups: [['한국어']], excluded: [] });
  });

  it('leave other queries to the full-text index', () => {
    expect(parseSearchQuery('crm vendor').text).toBeUndefined();
  });

  it('still need something to look for', () => {
    expect(() => parseSearchQuery('-物流')).toThrow(SearchSyntaxError);
  });
});
