import { describe, expect, it } from 'vitest';
import { analyseFocus, distinctiveTerms, localSlot, type Background, type FocusPost } from './focus';
import { contentWords } from './focus-terms';

const background = (frequencies: Record<string, number>, documents = 1000): Background => ({
  documents,
  frequency: (term) => frequencies[term] ?? 0,
});

const post = (id: number, text: string, createdAt: string, extra: Partial<FocusPost> = {}): FocusPost => ({
  id,
  text,
  createdAt,
  kind: 'post',
  tags: [],
  domains: [],
  mentions: [],
  ...extra,
});

describe('content words', () => {
  it('drops stop words of several languages, links, handles, tags and numbers', () => {
    expect(
      contentWords('The warehouse robots are here! https://x.co/a @bob #ai 2024 und die Lieferkette'),
    ).toEqual(['warehouse', 'robots', 'lieferkette']);
    expect(contentWords('Café déjà vu')).toEqual(['cafe', 'deja']);
    // Japanese and Chinese have no spaces: ICU's dictionaries cut them into words, kana intact.
    expect(contentWords('新しい物流センターを開設しました')).toEqual(
      expect.arrayContaining(['物流', 'センター', '開設']),
    );
    expect(contentWords('新しい物流センターを開設しました')).not.toContain('を');
    expect(contentWords('我们正在寻找供应链软件')).toEqual(expect.arrayContaining(['寻找', '软件']));
    expect(contentWords('ブログを書きました')).toContain('ブログ');
  });
});

describe('distinctive terms', () => {
  it('prefers what the prospect says more than everyone else, not merely what is frequent', () => {
    const texts = [
      { id: 1, text: 'Warehouse robots and people working together' },
      { id: 2, text: 'More warehouse robots in our Lyon site' },
      { id: 3, text: 'Working from Lyon this week' },
    ];
    const terms = distinctiveTerms(
      texts,
      background({ working: 400, people: 300, lyon: 2, warehouse: 3, robots: 3 }),
    );
    expect(terms[0]!.value).toBe('warehouse robots');
    expect(terms[0]!.postIds).toEqual([1, 2]);
    const values = terms.map((t) => t.value);
    expect(values.indexOf('lyon')).toBeLessThan(values.indexOf('working'));
    // "warehouse" alone is covered by the phrase.
    expect(values).not.toContain('warehouse');
  });
});

describe('focus analysis', () => {
  const posts = [
    post(1, 'Our supply chain team is hiring warehouse planners', '2026-03-02T08:30:00.000Z', {
      tags: ['SupplyChain'],
      domains: ['acme.example'],
    }),
    post(2, 'Warehouse automation is changing supply chain planning', '2026-03-09T08:10:00.000Z', {
      tags: ['supplychain', 'automation'],
    }),
    post(3, '@dana agreed!', '2026-04-01T17:00:00.000Z', { kind: 'reply', mentions: ['dana'] }),
    post(4, 'RT @vendor: Big launch of our robots', '2026-04-02T09:00:00.000Z', { kind: 'repost' }),
  ];
  const likes = [
    {
      postId: 90,
      text: 'A long read on sailing across the Atlantic with a small crew',
      createdAt: '2026-04-03T00:00:00.000Z',
    },
  ];
  const result = analyseFocus(posts, likes, background({}), 'Europe/Paris');

  it('keeps posts, replies, reposts and likes apart', () => {
    expect(result.counts).toEqual({ posts: 2, replies: 1, reposts: 1, quotes: 0, likes: 1 });
    expect(result.amplifiedTerms.map((t) => t.value)).toContain('launch');
    expect(result.likedTerms.map((t) => t.value)).toContain('sailing');
    expect(result.terms.map((t) => t.value)).not.toContain('sailing');
  });

  it('ranks hashtags case-insensitively with the posts behind them', () => {
    expect(result.hashtags[0]).toEqual({ value: '#supplychain', count: 2, postIds: [2, 1] });
    expect(result.mentions[0]).toMatchObject({ value: '@dana', count: 1 });
    expect(result.domains[0]).toMatchObject({ value: 'acme.example', postIds: [1] });
  });

  it('counts activity by month and by weekday and hour in the chosen time zone', () => {
    expect(result.byMonth).toEqual([
      { month: '2026-03', posts: 2, likes: 0 },
      { month: '2026-04', posts: 2, likes: 1 },
    ]);
    // 2026-03-02 08:30Z is a Monday, 09:30 in Paris (UTC+1 in March).
    expect(localSlot('2026-03-02T08:30:00.000Z', 'Europe/Paris')).toEqual({ weekday: 0, hour: 9 });
    expect(localSlot('2026-03-02T08:30:00.000Z', 'America/New_York')).toEqual({ weekday: 0, hour: 3 });
    expect(result.peak).toMatchObject({ weekday: 0, hour: 9, count: 2 });
    expect(result.heatmap.flat().reduce((a, b) => a + b, 0)).toBe(4);
  });

  it('offers recent, distinctive conversation starters, saying why', () => {
    expect(result.starters.length).toBeGreaterThan(0);
    expect(result.starters[0]!.reason).toMatch(/^(Wrote|Liked) about “/);
    expect(result.starters.map((s) => s.postId)).not.toContain(3);
  });
});
