import type { AccountBrief, ListChangeDto } from '../../common/dto';
import type { Db } from './sqlite';

type SourceBrief = ListChangeDto['from'];

/**
 * Who was newly followed or unfollowed between the two latest imports of an account's list. An
 * import is a copy of the list when the account is its owner or at least half of its follow edges
 * are this list's (someone else's follower list that happens to include the account is not).
 */
export class ChangesRepo {
  constructor(private readonly db: Db) {}

  changes(accountId: number, list: 'followers' | 'following'): ListChangeDto | null {
    const [side, other] =
      list === 'following' ? ['follower_id', 'followee_id'] : ['followee_id', 'follower_id'];
    const sources = this.db
      .prepare<[{ account: number }], SourceBrief>(
        `SELECT DISTINCT s.id AS sourceId, s.file_name AS fileName, s.imported_at AS importedAt, s.captured_at AS capturedAt
         FROM follow_sources fs JOIN sources s ON s.id = fs.source_id
         WHERE fs.${side} = @account
           AND (s.owner_account_id = @account
             OR (SELECT count(*) FROM follow_sources o WHERE o.source_id = s.id AND o.${side} = @account) * 2
                >= (SELECT count(*) FROM follow_sources a WHERE a.source_id = s.id))
         ORDER BY coalesce(s.captured_at, s.imported_at) DESC, s.id DESC LIMIT 2`,
      )
      .all({ account: accountId });
    if (sources.length < 2) return null;
    const [to, from] = sources as [SourceBrief, SourceBrief];
    const onlyIn = `FROM follow_sources fs JOIN accounts a ON a.id = fs.${other}
      WHERE fs.${side} = @account AND fs.source_id = @present
        AND NOT EXISTS (SELECT 1 FROM follow_sources g WHERE g.${side} = @account AND g.${other} = fs.${other} AND g.source_id = @absent)`;
    const diff = (present: number, absent: number) => {
      const params = { account: accountId, present, absent };
      const accounts = this.db
        .prepare<[typeof params], AccountBrief>(
          `SELECT a.id, a.network, a.handle, a.name ${onlyIn} ORDER BY a.followers_count DESC NULLS LAST LIMIT 500`,
        )
        .all(params);
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
