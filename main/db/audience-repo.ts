import type { AudienceAccount, CategoryRule } from '../analysis/audience';
import type { Db } from './sqlite';

type Raw = Omit<AudienceAccount, 'mine' | 'manualCategories'> & {
  mine: number;
  manual: string | null;
  network: string;
};

/** A prospect's followers or followees with what the audience analysis needs. */
export class AudienceRepo {
  constructor(private readonly db: Db) {}

  members(accountId: number, list: 'followers' | 'following'): (AudienceAccount & { network: string })[] {
    const join =
      list === 'followers'
        ? 'f.follower_id = a.id WHERE f.followee_id = ?'
        : 'f.followee_id = a.id WHERE f.follower_id = ?';
    const rows = this.db
      .prepare<[number], Raw>(
        `SELECT a.id, a.network, a.handle, a.name, a.bio, a.location, a.followers_count AS reach,
           EXISTS (SELECT 1 FROM person_accounts pa WHERE pa.account_id = a.id AND pa.status = 'confirmed') AS mine,
           (SELECT group_concat(category_id) FROM account_categories c WHERE c.account_id = a.id AND c.manual = 1) AS manual
         FROM follows f JOIN accounts a ON ${join}`,
      )
      .all(accountId);
    return rows.map(({ mine, manual, ...row }) => ({
      ...row,
      mine: mine === 1,
      manualCategories: manual ? manual.split(',').map(Number) : [],
    }));
  }

  declaredCount(accountId: number, list: 'followers' | 'following'): number | null {
    const column = list === 'followers' ? 'followers_count' : 'following_count';
    return (
      (this.db.prepare(`SELECT ${column} FROM accounts WHERE id = ?`).pluck().get(accountId) as
        number | null) ?? null
    );
  }

  rules(): CategoryRule[] {
    return this.db
      .prepare<[], CategoryRule>('SELECT category_id AS categoryId, field, keyword FROM category_rules')
      .all();
  }
}
