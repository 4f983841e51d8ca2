import type { AccountBrief, ListChangeDto } from '../../common/dto';
import type { Db } from './sqlite';

type SourceBrief = ListChangeDto['from'];

/** One import holding a copy of an account's list. */
export type Snapshot = SourceBrief & { accounts: number };

/**
 * Who was newly followed or unfollowed between the two latest imports of an account's list. An
 * import is a copy of the list when the account is its owner or at least half of its follow edges
 * are this list's (someone else's follower list that happens to include the account is not).
 */
export class ChangesRepo {
  constructor(private readonly db: Db) {}

  /**
   * The imports that hold a copy of the account's list, newest first, each with how many of the
   * list's accounts it holds.
   */
  snapshots(accountId: number, list: 'followers' | 'following', limit = 2): Snapshot[] {
    const side = list === 'following' ? 'follower_id' : 'followee_id';
    return this.db
      .prepare<[{ account: number; limit: number }], Snapshot>(
        `SELECT s.id AS sourceId, s.file_name AS fileName, s.imported_at AS importedAt, s.captured_at AS capturedAt,
           mine.count AS accounts
         FROM (SELECT source_id, count(*) AS count FROM follow_sources WHERE ${side} = @account GROUP BY source_id) mine
         JOIN sources s ON s.id = mine.source_id
         WHERE s.owner_account_id = @account
            OR mine.count * 2 >= (SELECT count(*) FROM follow_sources a WHERE a.source_id = s.id)
         ORDER BY coalesce(s.captured_at, s.imported_at) DESC, s.id DESC LIMIT @limit`,
      )
      .all({ account: accountId, limit });
  }

  /** The change between the two latest copies, with up to `sample` accounts each way (widest reach first). */
  changes(accountId: number, list: 'followers' | 'following', sample = 500): ListChangeDto | null {
    const other = list === 'following' ? 'followee_id' : 'follower_id';
    const side = list === 'following' ? 'follower_id' : 'followee_id';
    const sources = this.snapshots(accountId, list, 2).map(
      ({ sourceId, fileName, importedAt, capturedAt }): SourceBrief => ({
        sourceId,
        fileName,
        importedAt,
        capturedAt,
      }),
    );
    if (sources.length < 2) return null;
    const [to, from] = sources as [SourceBrief, SourceBrief];
    const onlyIn = `FROM follow_sources fs JOIN accounts a ON a.id = fs.${other}
      WHERE fs.${side} = @account AND fs.source_id = @present
        AND NOT EXISTS (SELECT 1 FROM follow_sources g WHERE g.${side} = @account AND g.${other} = fs.${other} AND g.source_id = @absent)`;
    const diff = (present: number, absent: number) => {
      const params = { account: accountId, present, absent };
      const accounts = this.db
        .prepare<[typeof params & { sample: number }], AccountBrief>(
          `SELECT a.id, a.network, a.handle, a.name ${onlyIn} ORDER BY a.followers_count DESC NULLS LAST, a.id LIMIT @sample`,
        )
        .all({ ...params, sample });
      return { accounts, count: Number(this.db.prepare(`SELECT count(*) ${onlyIn}`).pluck().get(params)) };
    };
    const added = diff(to.sourceId, from.sourceId);
    const removed = diff(from.sourceId, to.sourceId);
    return {
      list,
      from,
      to,
      added: added.accounts,
      removed: removed.accounts,
      addedCount: added.count,
      removedCount: removed.count,
    };
  }
}
