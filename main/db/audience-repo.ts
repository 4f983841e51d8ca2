import type { AudienceAccount, CategoryRule } from '../analysis/audience';
import { CategoriesRepo } from './categories-repo';
import type { Db } from './sqlite';

type RawRow = [
  id: number,
  network: string,
  handle: string | null,
  name: string | null,
  bio: string | null,
  location: string | null,
  reach: number | null,
];

/** A prospect's followers or followees with what the audience analysis needs. */
export class AudienceRepo {
  constructor(private readonly db: Db) {}

  members(accountId: number, list: 'followers' | 'following'): (AudienceAccount & { network: string })[] {
    const join =
      list === 'followers'
        ? 'f.follower_id = a.id WHERE f.followee_id = ?'
        : 'f.followee_id = a.id WHERE f.follower_id = ?';
    // The user's people and the hand-assigned categories are few: read once, not per member.
    const mine = new Set(
      this.db
        .prepare<[], number>("SELECT account_id FROM person_accounts WHERE status = 'confirmed'")
        .pluck()
        .all(),
    );
    const manual = new CategoriesRepo(this.db).manualAssignments();
    // Rows as arrays, each made into its object once: a list can be a million accounts long.
    const rows = this.db
      .prepare<[number], RawRow>(
        `SELECT a.id, a.network, a.handle, a.name, a.bio, a.location, a.followers_count
         FROM follows f JOIN accounts a ON ${join}`,
      )
      .raw()
      .all(accountId);
    const none: number[] = [];
    return rows.map(([id, network, handle, name, bio, location, reach]) => ({
      id,
      network,
      handle,
      name,
      bio,
      location,
      reach,
      mine: mine.has(id),
      manualCategories: manual.get(id) ?? none,
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
