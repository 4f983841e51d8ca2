import { describe, expect, it } from 'vitest';
import type { ImportRecord } from '../importers/records';
import { fixtureWorld, xAccount as x } from '../test-support/fixture-world';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir();
const yamada = x('1', 'yamada_taro');
const kim = x('2', 'kim_minjun');

const post = (id: string, author: typeof yamada, text: string, createdAt: string): ImportRecord => ({
  type: 'post',
  network: 'x',
  id,
  author,
  text,
  createdAt,
  kind: 'post',
});

const corpus: ImportRecord[] = [
  { type: 'account', key: yamada, name: '山田太郎', bio: '物流スタートアップのCEO', followersCount: 900 },
  { type: 'account', key: kim, name: '김민준', bio: '서울의 물류 엔지니어', followersCount: 50 },
  post('10', yamada, '新しい物流センターを開設しました', '2026-03-01T10:00:00.000Z'),
  post('11', yamada, '物流の求人を募集しています', '2026-03-05T10:00:00.000Z'),
  post('12', kim, '물류 자동화에 관심 있는 분?', '2026-03-03T10:00:00.000Z'),
  post('13', kim, 'Looking for a WMS vendor', '2026-03-04T10:00:00.000Z'),
];

describe('search in Chinese, Japanese and Korean', () => {
  it('finds words inside unspaced text, newest first, marked, with exclusions and filters', async () => {
    const { api } = await fixtureWorld(tempDir, corpus);
    const found = await api.search.run({ query: '物流' });
    expect(found.total).toBe(2);
    expect(found.hits.map((h) => h.snippet)).toEqual([
      '\u0002物流\u0003の求人を募集しています',
      '新しい\u0002物流\u0003センターを開設しました',
    ]);
    expect((await api.search.run({ query: '物流 -求人' })).hits.map((h) => h.snippet)).toEqual([
      '新しい\u0002物流\u0003センターを開設しました',
    ]);
    expect((await api.search.run({ query: '물류 OR 物流 from:@kim_minjun' })).total).toBe(1);
    expect((await api.search.run({ query: '物流', order: 'date', offset: 1, limit: 1 })).hits).toHaveLength(
      1,
    );
    // The full-text index alone would have found nothing: it cuts text at spaces.
    expect((await api.search.run({ query: 'vendor' })).total).toBe(1);
  });

  it('finds people by name or bio and notes by their text', async () => {
    const { api } = await fixtureWorld(tempDir, corpus);
    const people = await api.search.run({ query: '物流', scope: 'accounts' });
    expect(people.hits.map((h) => h.author?.handle)).toEqual(['yamada_taro']);
    expect(people.hits[0]!.snippet).toContain('\u0002物流\u0003');
    expect((await api.search.run({ query: '민준', scope: 'accounts' })).total).toBe(1);

    const account = await api.accounts.find({ ref: '@yamada_taro' });
    await api.notes.save({ accountId: account!.id, body: '来週、物流センターで会う予定' });
    const notes = await api.search.run({ query: 'センター', scope: 'notes' });
    expect(notes.total).toBe(1);
    expect(notes.hits[0]!.snippet).toBe('来週、物流\u0002センター\u0003で会う予定');
  });
});
