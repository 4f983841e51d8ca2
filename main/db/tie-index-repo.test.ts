import { describe, expect, it } from 'vitest';
import { buildAdjacency } from '../analysis/tie-index';
import { EvidenceGraph } from '../analysis/evidence-graph';
import type { ImportRecord } from '../importers/records';
import { fixtureWorld, importRecords, xAccount } from '../test-support/fixture-world';
import { useTempDir } from '../test-support/temp-dir';
import { EvidenceRepo } from './evidence-repo';
import { loadTieIndex } from './tie-index-repo';

const tempDir = useTempDir();
const a = xAccount('1', 'ana');
const b = xAccount('2', 'ben');
const c = xAccount('3', 'cleo');
const d = xAccount('4', 'dev');
const e = xAccount('5', 'eve');

const post = (id: string, author: typeof a, extra: Partial<Extract<ImportRecord, { type: 'post' }>> = {}) =>
  ({
    type: 'post',
    network: 'x',
    id,
    author,
    text: `post ${id}`,
    kind: 'post',
    createdAt: '2026-01-15T10:00:00.000Z',
    ...extra,
  }) as const;

/** Every kind of evidence: follows both ways, replies, mentions, likes, quotes, reposts, undated. */
const records: ImportRecord[] = [
  { type: 'follow', follower: a, followee: b },
  { type: 'follow', follower: b, followee: a },
  { type: 'follow', follower: c, followee: a },
  { type: 'follow', follower: d, followee: c },
  post('10', b),
  post('11', a, { kind: 'reply', replyToAccount: b, replyToPostId: '10' }),
  post('12', c, { mentions: [a, d], createdAt: '2024-02-01T00:00:00.000Z' }),
  post('13', d, { kind: 'quote', referencedPostId: '12' }),
  post('14', e, { kind: 'repost', referencedPostId: '10', createdAt: undefined }),
  post('15', a, { kind: 'reply', replyToAccount: a }),
  {
    type: 'like',
    account: e,
    post: { network: 'x', id: '12', author: c },
    likedAt: '2025-06-01T00:00:00.000Z',
  },
  { type: 'like', account: d, post: { network: 'x', id: '10', author: b } },
];

describe('the tie index', () => {
  it('gives every hop, both ways, the same strength and warmth as the evidence read from SQL', async () => {
    const { core } = await fixtureWorld(tempDir, records);
    const db = core.session.require().db;
    const now = Date.parse('2026-11-01T00:00:00Z');
    const index = loadTieIndex(db, now);
    const sql = new EvidenceGraph(new EvidenceRepo(db), now);
    const ids = db.prepare<[], number>('SELECT id FROM accounts ORDER BY id').pluck().all();
    let tied = 0;
    let warm = 0;
    const byNode = (list: Iterable<{ node: number; strength: number }>) =>
      [...list].sort((p, q) => p.node - q.node).map((n) => [n.node, Number(n.strength.toFixed(12))]);
    for (const x of ids) {
      for (const y of ids) {
        if (x === y) continue;
        const expected = sql.hop(x, y);
        expect(index.hops.tie(x, y)).toBeCloseTo(expected.strength, 12);
        expect(index.warmHops.tie(x, y)).toBeCloseTo(expected.warm ? expected.strength : 0, 12);
        if (expected.strength > 0) tied += 1;
        if (expected.warm) warm += 1;
      }
      expect(byNode(index.hops.neighbours(x))).toEqual(byNode(sql.neighbours(x)));
      const warmOnes = sql.neighbours(x).filter((n) => sql.hop(x, n.node).warm);
      expect(byNode(index.warmHops.neighbours(x))).toEqual(byNode(warmOnes));
    }
    // ana–ben, ana–cleo, cleo–dev, dev–ben (like), eve–ben (repost), eve–cleo (like): both directions.
    expect(tied).toBe(12);
    // Warm where the next one knows the earlier: ana→ben, ben→ana (mutual), ana→cleo (cleo follows
    // and mentioned ana), cleo→dev, ben→dev (dev liked ben), ben→eve, cleo→eve, and dev→cleo (dev
    // quoted cleo); not cleo→ana (ana never followed or answered cleo), nor the likes' other ends.
    expect(warm).toBe(8);
    expect(index.follows(ids[0]!, ids[1]!)).toBe(true);
    expect(index.hops.neighbours(999_999)).toEqual([]);
  });

  it('is reloaded by the open workspace after another import, and kept otherwise', async () => {
    const { core } = await fixtureWorld(tempDir, records.slice(0, 4));
    const workspace = core.session.require();
    const first = workspace.ties.get();
    expect(workspace.ties.get()).toBe(first);
    await importRecords(core, tempDir, [{ type: 'follow', follower: e, followee: a }], 'more.txt');
    const second = workspace.ties.get();
    expect(second).not.toBe(first);
    const [eve, ana] = [5, 1].map((id) =>
      workspace.db
        .prepare<[string], number>('SELECT id FROM accounts WHERE external_id = ?')
        .pluck()
        .get(String(id)),
    );
    expect(second.follows(eve!, ana!)).toBe(true);
    expect(first.follows(eve!, ana!)).toBe(false);
  });
});

describe('adjacency lists', () => {
  it('groups entries by account and sorts each list, weights moving with their targets', () => {
    const from = Int32Array.from([2, 0, 2, 2, 1]);
    const to = Int32Array.from([9, 4, 3, 7, 5]);
    const weights = Float64Array.from([0.9, 0.4, 0.3, 0.7, 0.5]);
    const back = weights.map((w) => w * 10);
    const list = buildAdjacency(4, from, to, 5, [weights, back]);
    expect([...list.offsets]).toEqual([0, 1, 2, 5, 5]);
    expect([...list.targets]).toEqual([4, 5, 3, 7, 9]);
    expect([...list.columns[0]!]).toEqual([0.4, 0.5, 0.3, 0.7, 0.9]);
    expect([...list.columns[1]!]).toEqual([4, 5, 3, 7, 9]);
  });
});
