import type { NetworkName } from '../../common/dto';
import type { Db } from './sqlite';

export interface GraphAccount {
  id: number;
  network: NetworkName;
  handle: string | null;
  name: string | null;
  bio: string | null;
  reach: number | null;
}

const columns = 'a.id, a.network, a.handle, a.name, a.bio, a.followers_count AS reach';

/** Reads the accounts drawn in the graph view (which ones is decided on the in-memory follow graph). */
export class GraphRepo {
  constructor(private readonly db: Db) {}

  /** The accounts with these ids (in no particular order; unknown ids are left out). */
  accounts(ids: number[]): GraphAccount[] {
    return this.db
      .prepare<[string], GraphAccount>(
        `SELECT ${columns} FROM json_each(?) j JOIN accounts a ON a.id = j.value`,
      )
      .all(JSON.stringify(ids));
  }
}
