import type { NoteDto } from '../../common/dto';
import type { Db } from './sqlite';

/** One markdown note per prospect. Every save is its own committed transaction. */
export class NotesRepo {
  constructor(private readonly db: Db) {}

  get(accountId: number): NoteDto | null {
    return (
      this.db
        .prepare<[number], NoteDto>(
          `SELECT p.account_id AS accountId, n.body, n.created_at AS createdAt, n.updated_at AS updatedAt
           FROM notes n JOIN prospects p ON p.id = n.prospect_id WHERE p.account_id = ?`,
        )
        .get(accountId) ?? null
    );
  }

  /** Saves a prospect's note, making the account a prospect if it was not one yet. */
  save(accountId: number, body: string): NoteDto {
    const now = new Date().toISOString();
    this.db.transaction(() => {
      this.db
        .prepare('INSERT OR IGNORE INTO prospects(account_id, added_at) VALUES (?, ?)')
        .run(accountId, now);
      this.db
        .prepare(
          `INSERT INTO notes(prospect_id, body, created_at, updated_at)
           SELECT id, @body, @now, @now FROM prospects WHERE account_id = @account
           ON CONFLICT(prospect_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at`,
        )
        .run({ body, now, account: accountId });
    })();
    return this.get(accountId)!;
  }
}
