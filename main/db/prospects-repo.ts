import type { ProspectSummary } from '../../common/dto';
import type { Db } from './sqlite';

interface ProspectRow {
  id: number;
  accountId: number;
  handle: string | null;
  name: string | null;
  network: string;
  addedAt: string;
}

export class ProspectsRepo {
  private readonly listStmt;
  constructor(private readonly db: Db) {
    this.listStmt = db.prepare<[], ProspectRow>(
      `SELECT p.id, p.account_id AS accountId, a.handle, a.name, a.network, p.added_at AS addedAt
       FROM prospects p JOIN accounts a ON a.id = p.account_id
       ORDER BY coalesce(a.name, a.handle) COLLATE NOCASE`,
    );
  }

  list(): ProspectSummary[] {
    return this.listStmt.all();
  }

  add(accountId: number): ProspectSummary | undefined {
    this.db
      .prepare('INSERT OR IGNORE INTO prospects(account_id, added_at) VALUES (?, ?)')
      .run(accountId, new Date().toISOString());
    return this.list().find((p) => p.accountId === accountId);
  }

  remove(accountId: number): void {
    this.db.prepare('DELETE FROM prospects WHERE account_id = ?').run(accountId);
  }

  accountExists(accountId: number): boolean {
    return this.db.prepare('SELECT 1 FROM accounts WHERE id = ?').get(accountId) !== undefined;
  }
}
