import type { AccountBrief, AccountPage, AccountRow, AccountSort } from '../../common/dto';
import type { Db } from './sqlite';

interface RawRow extends Omit<AccountRow, 'isProspect'> {
  isProspect: number;
}

const orderBy: Record<AccountSort, string> = {
  followers: 'a.followers_count',
  name: 'coalesce(a.name, a.handle) COLLATE NOCASE',
  handle: 'a.handle COLLATE NOCASE',
  imported: 'a.id',
};

/** The accounts list: search, sort and page over every imported account. */
export class AccountsReadRepo {
  constructor(private readonly db: Db) {}

  page(query: string, sort: AccountSort, descending: boolean, offset: number, limit: number): AccountPage {
    const text = query.trim().replace(/^@/, '');
    const where = text
      ? "WHERE (a.handle LIKE @like ESCAPE '\\' OR a.name LIKE @like ESCAPE '\\' OR a.external_id = @exact)"
      : '';
    const params = { like: `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`, exact: text, limit, offset };
    const total = Number(
      this.db
        .prepare(`SELECT count(*) FROM accounts a ${where}`)
        .pluck()
        .get(text ? params : {}),
    );
    const direction = descending ? 'DESC' : 'ASC';
    const rows = this.db
      .prepare<[object], RawRow>(
        `${rowSelect}
         FROM accounts a ${where}
         ORDER BY ${orderBy[sort]} ${direction} NULLS LAST, a.id ${direction}
         LIMIT @limit OFFSET @offset`,
      )
      .all(params);
    return { total, rows: rows.map(toRow) };
  }

  brief(id: number): AccountBrief | undefined {
    return this.db
      .prepare<[number], AccountBrief>('SELECT id, network, handle, name FROM accounts WHERE id = ?')
      .get(id);
  }

  /** Several accounts' briefs in one statement (every account on a set of paths), by id. */
  briefs(ids: readonly number[]): Map<number, AccountBrief> {
    const rows = this.db
      .prepare<[string], AccountBrief>(
        'SELECT id, network, handle, name FROM accounts WHERE id IN (SELECT value FROM json_each(?))',
      )
      .all(JSON.stringify(ids));
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** How much of an account's neighbourhood is imported: for telling the user what is missing. */
  importedEdges(id: number): { followers: number; followees: number } {
    return this.db
      .prepare<[number, number], { followers: number; followees: number }>(
        `SELECT (SELECT count(*) FROM follows WHERE followee_id = ?) AS followers,
                (SELECT count(*) FROM follows WHERE follower_id = ?) AS followees`,
      )
      .get(id, id)!;
  }

  byId(id: number): AccountRow | null {
    const row = this.db.prepare<[number], RawRow>(`${rowSelect} FROM accounts a WHERE a.id = ?`).get(id);
    return row ? toRow(row) : null;
  }

  /** An account named by handle (any network, `@` optional) or by its network id. */
  find(ref: string): AccountRow | null {
    const text = ref.trim().replace(/^@/, '');
    const row = this.db
      .prepare<[string, string], RawRow>(
        `${rowSelect} FROM accounts a
         WHERE a.handle = ? COLLATE NOCASE OR a.external_id = ?
         ORDER BY a.followers_count DESC NULLS LAST LIMIT 1`,
      )
      .get(text, text);
    return row ? toRow(row) : null;
  }
}

function toRow(row: RawRow): AccountRow {
  return { ...row, isProspect: row.isProspect === 1 };
}

const rowSelect = `SELECT a.id, a.network, a.external_id AS externalId, a.handle, a.name, a.bio, a.location,
           a.followers_count AS followersCount, a.following_count AS followingCount,
           (SELECT count(*) FROM follows f WHERE f.followee_id = a.id) AS importedFollowers,
           (SELECT count(*) FROM follows f WHERE f.follower_id = a.id) AS importedFollowing,
           EXISTS (SELECT 1 FROM prospects p WHERE p.account_id = a.id) AS isProspect,
           (SELECT pe.display_name FROM person_accounts pa JOIN people pe ON pe.id = pa.person_id
             WHERE pa.account_id = a.id AND pa.status = 'confirmed' LIMIT 1) AS personName,
           (SELECT pe.relationship FROM person_accounts pa JOIN people pe ON pe.id = pa.person_id
             WHERE pa.account_id = a.id AND pa.status = 'confirmed' LIMIT 1) AS relationship`;
