import type { PursuitSettings } from '../../common/dto';
import type { Db } from './sqlite';

const KEY = 'pursuit';
const empty: PursuitSettings = { business: [], competitors: { handles: [], keywords: [] } };

/** The workspace's own settings: the user's business keywords and competitors. */
export class PursuitRepo {
  constructor(private readonly db: Db) {}

  get(): PursuitSettings {
    const json = this.db
      .prepare<[string], string>('SELECT value FROM workspace_meta WHERE key = ?')
      .pluck()
      .get(KEY);
    return json ? { ...empty, ...(JSON.parse(json) as PursuitSettings) } : empty;
  }

  save(settings: PursuitSettings): PursuitSettings {
    this.db
      .prepare(
        'INSERT INTO workspace_meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
      )
      .run(KEY, JSON.stringify(settings));
    return this.get();
  }
}
