import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppApi } from '../../common/client';
import type { ImportRecord } from '../importers/records';
import { fixtureWorld, xAccount as x } from '../test-support/fixture-world';

// One workspace for the whole file: a per-test folder would be deleted under the open workspace,
// and a write to a deleted workspace is refused (WORKSPACE_MISSING).
let dir = '';
const tempDir = () => (dir ||= mkdtempSync(join(tmpdir(), 'inside-track-search-')));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ceo = x('1', 'acme_ceo');
const dana = x('2', 'dana');
const bob = x('3', 'bob');

const post = (
  id: string,
  author: typeof ceo,
  text: string,
  createdAt: string,
  extra: Partial<Extract<ImportRecord, { type: 'post' }>> = {},
): ImportRecord => ({
  type: 'post',
  network: 'x',
  id,
  author,
  text,
  createdAt,
  kind: 'post',
  ...extra,
});

const corpus: ImportRecord[] = [
  { type: 'account', key: ceo, name: 'Pat Acme', bio: 'CEO of Acme Logistics. Supply chain nerd.' },
  { type: 'account', key: dana, name: 'Dana Lee', bio: 'Head of marketing at Northwind' },
  post('10', ceo, 'Can anyone recommend a CRM vendor for a 50 person team?', '2024-03-01T10:00:00.000Z', {
    tags: ['crm'],
  }),
  post('11', ceo, 'Our supply chain dashboards finally work', '2024-06-01T10:00:00.000Z', {
    links: ['https://acme.example/blog'],
  }),
  post('12', dana, '@acme_ceo we use Hubspot and love it', '2024-03-02T10:00:00.000Z', {
    kind: 'reply',
    replyToAccount: ceo,
    mentions: [ceo],
  }),
  post('13', bob, 'Hiring: CRM administrator, apply now', '2024-04-01T10:00:00.000Z', {
    tags: ['hiring', 'crm'],
  }),
  post('14', bob, 'Salesforce or Hubspot? Looking for advice', '2025-01-05T10:00:00.000Z'),
];

let api: AppApi;
beforeAll(async () => {
  ({ api } = await fixtureWorld(tempDir, corpus));
});
const ids = async (query: string, extra: object = {}) =>
  (await api.search.run({ query, ...extra })).hits.map((h) => h.id);

describe('search.run over a fixed corpus', () => {
  it('finds words anywhere, phrases exactly, and prefixes', async () => {
    expect(await ids('crm')).toHaveLength(2);
    expect(await ids('"anyone recommend"')).toHaveLength(1);
    expect(await ids('dash*')).toHaveLength(1);
    expect(await ids('"recommend anyone"')).toHaveLength(0);
  });

  it('combines OR and exclusion', async () => {
    expect(await ids('hubspot OR salesforce')).toHaveLength(2);
    expect(await ids('crm -hiring')).toHaveLength(1);
  });

  it('filters by author, addressee, tag, date and links', async () => {
    const texts = async (query: string) =>
      (await api.search.run({ query })).hits.map((h) =>
        h.snippet.replaceAll('\u0002', '').replaceAll('\u0003', ''),
      );
    expect(await texts('from:@acme_ceo')).toHaveLength(2);
    expect(await texts('to:@acme_ceo')).toEqual(['@acme_ceo we use Hubspot and love it']);
    expect(await texts('#hiring')).toEqual(['Hiring: CRM administrator, apply now']);
    expect(await texts('crm since:2024-03-15')).toEqual(['Hiring: CRM administrator, apply now']);
    expect(await texts('crm until:2024-03-01')).toHaveLength(1);
    expect(await texts('has:link')).toEqual(['Our supply chain dashboards finally work']);
  });

  it('marks the matches and can sort by date', async () => {
    const result = await api.search.run({ query: 'hubspot', order: 'date' });
    expect(result.total).toBe(2);
    expect(result.hits[0]!.snippet).toContain('\u0002Hubspot\u0003');
    expect(result.hits.map((h) => h.createdAt)).toEqual([
      '2025-01-05T10:00:00.000Z',
      '2024-03-02T10:00:00.000Z',
    ]);
    expect(result.hits[1]!.author?.handle).toBe('dana');
  });

  it('searches bios and names of people', async () => {
    const result = await api.search.run({ query: 'marketing', scope: 'accounts' });
    expect(result.hits.map((h) => h.author?.handle)).toEqual(['dana']);
  });

  it('searches the notes, naming whose note matched', async () => {
    const ceoAccount = await api.accounts.find({ ref: '@acme_ceo' });
    await api.notes.save({
      accountId: ceoAccount!.id,
      body: 'Met at the Lyon warehouse fair; ask about robots',
    });
    const result = await api.search.run({ query: 'warehouse', scope: 'notes' });
    expect(result.hits.map((h) => h.author?.handle)).toEqual(['acme_ceo']);
    expect(result.hits[0]!.snippet).toContain('\u0002warehouse\u0003');
    expect((await api.accounts.get({ id: ceoAccount!.id }))?.handle).toBe('acme_ceo');
  });

  it('ranks a very common word among the newest matches only, and says so', async () => {
    const { SearchRepo } = await import('../db/search-repo');
    const { parseSearchQuery } = await import('../analysis/search-query');
    const db = (await import('../test-support/fixture-world')).lastCore()!.session.require().db;
    const windowed = new SearchRepo(db, 2).posts(parseSearchQuery('crm'), 'relevance', 0, 50);
    expect(windowed.total).toBe(2);
    expect(windowed.rankedAmong).toBeUndefined();
    const hubspot = new SearchRepo(db, 1).posts(parseSearchQuery('hubspot'), 'relevance', 0, 50);
    expect(hubspot.rankedAmong).toBe(1);
    expect(hubspot.total).toBe(2);
    // Only the most recently imported match is ranked: post 14 was imported after post 12.
    expect(hubspot.hits.map((h) => h.createdAt)).toEqual(['2025-01-05T10:00:00.000Z']);
  });

  it('gives each hit the snippet of its own post, for words and for prefixes', async () => {
    const texts = new Map([
      [10, 'Can anyone recommend a CRM vendor for a 50 person team?'],
      [12, '@acme_ceo we use Hubspot and love it'],
      [13, 'Hiring: CRM administrator, apply now'],
      [14, 'Salesforce or Hubspot? Looking for advice'],
    ]);
    const byText = new Map([...texts.values()].map((text) => [text, text]));
    for (const [query, order] of [
      ['crm', 'relevance'],
      ['hubspot', 'date'],
      ['hub*', 'relevance'],
      ['crm OR hubspot -hiring', 'relevance'],
    ] as const) {
      const { hits } = await api.search.run({ query, order });
      expect(hits.length).toBeGreaterThan(1);
      const plain = hits.map((h) => h.snippet.replaceAll('\u0002', '').replaceAll('\u0003', ''));
      // Every snippet is a whole (short) post, each a different one, and the match is marked.
      expect(plain.every((text) => byText.has(text))).toBe(true);
      expect(new Set(plain).size).toBe(plain.length);
      expect(hits.every((h) => h.snippet.includes('\u0002'))).toBe(true);
    }
  });

  it('ranks among the newest matches with filters too, and counts without ranking', async () => {
    const { SearchRepo } = await import('../db/search-repo');
    const { parseSearchQuery } = await import('../analysis/search-query');
    const db = (await import('../test-support/fixture-world')).lastCore()!.session.require().db;
    const filtered = new SearchRepo(db, 1).posts(
      parseSearchQuery('hubspot since:2024-01-01'),
      'relevance',
      0,
      50,
    );
    expect(filtered).toMatchObject({ total: 2, rankedAmong: 1 });
    expect(filtered.totalIsAtLeast).toBeUndefined();
    // Words with filters are counted up to a cap, and the result says the total is a lower bound.
    const capped = new SearchRepo(db, 5_000, 1).posts(
      parseSearchQuery('hubspot since:2024-01-01'),
      'relevance',
      0,
      50,
    );
    expect(capped).toMatchObject({ total: 1, totalIsAtLeast: true });
    expect(capped.hits).toHaveLength(2);
    expect(new SearchRepo(db, 5_000, 1).posts(parseSearchQuery('hubspot'), 'relevance', 0, 50)).toMatchObject(
      {
        total: 2,
      },
    );
    expect(filtered.hits.map((h) => h.createdAt)).toEqual(['2025-01-05T10:00:00.000Z']);
    expect(filtered.hits[0]!.snippet).toBe('Salesforce or \u0002Hubspot\u0003? Looking for advice');
    const repo = new SearchRepo(db);
    for (const query of ['crm', 'hub*', 'crm since:2024-03-15', '#crm', 'from:@acme_ceo', 'hubspot OR crm']) {
      const parsed = parseSearchQuery(query);
      const { total, hits } = repo.posts(parsed, 'relevance', 0, 50);
      expect(repo.countPosts(parsed)).toBe(total);
      expect(hits).toHaveLength(total);
      const maxId = Math.max(...hits.map((h) => h.id));
      expect(repo.countPosts(parsed, maxId)).toBe(0);
      expect(repo.countPosts(parsed, maxId - 1)).toBe(1);
    }
  });

  it('pages through results in a stable order', async () => {
    const all = await api.search.run({ query: 'crm OR hubspot', limit: 50 });
    const paged = [
      ...(await api.search.run({ query: 'crm OR hubspot', offset: 0, limit: 2 })).hits,
      ...(await api.search.run({ query: 'crm OR hubspot', offset: 2, limit: 2 })).hits,
    ];
    expect(paged.map((h) => h.id)).toEqual(all.hits.map((h) => h.id));
  });

  it('orders by date the same whether it walks the newest posts or sorts the matches', async () => {
    const { SearchRepo } = await import('../db/search-repo');
    const { parseSearchQuery } = await import('../analysis/search-query');
    const db = (await import('../test-support/fixture-world')).lastCore()!.session.require().db;
    const repo = new SearchRepo(db);
    // Every query here matches at least a tenth of the five posts: the walk is tried first.
    for (const query of [
      'crm OR hubspot OR supply',
      'crm',
      'hub* OR crm',
      'crm OR hubspot since:2024-03-02',
    ]) {
      const parsed = parseSearchQuery(query);
      const sorted = db
        .prepare<[string], number>(
          `SELECT p.id FROM posts_fts f JOIN posts p ON p.id = f.rowid WHERE posts_fts MATCH ?
           ${parsed.since ? `AND p.created_at >= '${parsed.since}'` : ''}
           ORDER BY p.created_at DESC NULLS LAST, p.id DESC`,
        )
        .pluck()
        .all(parsed.match!);
      expect(
        repo.posts(parsed, 'date', 0, 50).hits.map((h) => h.id),
        query,
      ).toEqual(sorted);
      expect(
        repo.posts(parsed, 'date', 1, 2).hits.map((h) => h.id),
        query,
      ).toEqual(sorted.slice(1, 3));
    }
  });

  it('explains a query it cannot read', async () => {
    await expect(api.search.run({ query: 'since:last-week' })).rejects.toMatchObject({
      code: 'SEARCH_SYNTAX',
    });
  });
});
